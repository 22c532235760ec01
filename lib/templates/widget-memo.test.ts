// Copies of a widget are validated once: the output is the schema's own for every copy, and anything
// that is not the same plain data (NaN against null, a Date against its text) is validated on its own.
import { describe, expect, it } from "vitest";
import { widgetSchema } from "./schema/widgets";
import { parseTemplate } from "./validate";
import { plainKey, validateWidgetsOnce } from "./widget-memo";

const link = (id: string, page: number, extra: Record<string, unknown> = {}) => ({
  id,
  type: "internal_link",
  page,
  position: { x: 10, y: 20, width: 40, height: 30 },
  styling: { font: "Helvetica", size: 10 },
  content: "Jan",
  properties: { to_dest: "month:2026-01" },
  ...extra,
});

describe("validateWidgetsOnce", () => {
  it("gives every copy the schema's output with its own id and page", () => {
    const raws = [link("a", 1), link("b", 2), link("c", 3, { content: "Feb" }), { ...link("d", 4), page: undefined }];
    const out = validateWidgetsOnce(raws);
    expect(out).toEqual(raws.map((r) => widgetSchema.parse(r)));
    // Key order too: the document's JSON (and so anything hashed from it) is unchanged.
    expect(out?.map((w) => Object.keys(w))).toEqual(raws.map((r) => Object.keys(widgetSchema.parse(r))));
    expect(out?.[1]?.position).toBe(out?.[0]?.position);
    expect(out?.[2]?.content).toBe("Feb");
    expect(out?.[3]?.page).toBe(1);
  });

  it("checks each copy's id and page", () => {
    expect(validateWidgetsOnce([link("a", 1), link("not an id", 2)])).toBeUndefined();
    expect(validateWidgetsOnce([link("a", 1), link("b", 10001)])).toBeUndefined();
    expect(validateWidgetsOnce([link("a", 1), link("b", 2.5)])).toBeUndefined();
    // A numeric string page is the schema's to coerce.
    expect(validateWidgetsOnce([link("a", 1), { ...link("b", 1), page: "3" }])?.[1]?.page).toBe(3);
  });

  it("does not take NaN for null, nor a Date for its text", () => {
    expect(plainKey({ a: NaN })).not.toBe(plainKey({ a: null }));
    expect(plainKey([undefined])).not.toBe(plainKey([null]));
    expect(plainKey(-0)).not.toBe(plainKey(0));
    expect(plainKey({ a: new Date(0) })).toBeUndefined();
    const valid = link("a", 1, { styling: { font: "Helvetica", size: 10, line_height: null } });
    const invalid = link("b", 2, { styling: { font: "Helvetica", size: 10, line_height: NaN } });
    expect(validateWidgetsOnce([valid, invalid])).toBeUndefined();
  });

  it("leaves a document's diagnostics to the schema when a copy is invalid", () => {
    const doc = {
      schema_version: "1.0",
      metadata: { name: "x", category: "planner", created: "2026-01-01" },
      canvas: { dimensions: { width: 400, height: 600, margins: [0, 0, 0, 0] } },
      widgets: [link("a", 1), link("b", 2, { position: { x: 10, y: 20, width: -1, height: 30 } })],
    };
    const r = parseTemplate(doc);
    expect(r.template).toBeUndefined();
    expect(r.diagnostics.map((d) => d.path)).toContain("widgets[1].position.width");
  });
});
