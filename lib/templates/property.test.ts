// Property-based robustness: any input yields diagnostics (never a throw or a hang), and every error
// points somewhere.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "./diagnostics";
import { loadDocument } from "./load";
import { baseDoc } from "@/tests/helpers/template-checks";
import { parseTemplate } from "./validate";

const TYPES = [
  "text_block",
  "checkbox",
  "box",
  "divider",
  "vertical_line",
  "lines",
  "dot_grid",
  "image",
  "table",
  "anchor",
  "internal_link",
  "tap_zone",
  "calendar",
  "day_list",
  "link_list",
  "grid",
  "nope",
];
const STYLING_KEYS = [
  "font",
  "size",
  "font_size",
  "color",
  "font_color",
  "stroke_color",
  "fill_color",
  "line_width",
  "text_align",
  "underline",
  "line_height",
  "check_color",
];
const PROP_KEYS = [
  "orientation",
  "rows",
  "columns",
  "table_data",
  "start_date",
  "end_date",
  "calendar_type",
  "link_strategy",
  "labels",
  "destinations",
  "count",
  "dest_id",
  "to_dest",
  "lines",
  "line_style",
  "box_size",
  "dot_size",
  "grid_cell_size",
  "column_widths",
  "first_day_of_week",
  "force_weeks",
  "time_start_hour",
  "highlight_index",
];

const scalar = fc.oneof(
  fc.integer({ min: -5, max: 2000 }),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("#fff", "#123456", "vertical", "none", "2026-01", "12"),
);
const value = fc.oneof(
  { depthSize: "small" },
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 4 }), scalar, { maxKeys: 3 }),
);
const position = fc.oneof(value, fc.record({ x: scalar, y: scalar, width: scalar, height: scalar }));
const widgetArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom("a", "b", "a b"), scalar),
    type: fc.constantFrom(...TYPES),
    page: scalar,
    position,
    styling: fc.oneof(value, fc.dictionary(fc.constantFrom(...STYLING_KEYS), scalar, { maxKeys: 4 })),
    properties: fc.oneof(value, fc.dictionary(fc.constantFrom(...PROP_KEYS), value, { maxKeys: 5 })),
  },
  { requiredKeys: ["type"] },
);

function assertWellFormed(diagnostics: Diagnostic[]) {
  for (const d of diagnostics) {
    expect(["error", "warning", "info"]).toContain(d.severity);
    expect(d.code.length).toBeGreaterThan(0);
    expect(d.message.length).toBeGreaterThan(0);
    if (d.severity === "error") expect(d.path.length).toBeGreaterThan(0);
  }
}

describe("robustness", () => {
  it("arbitrary values never throw", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (input) => {
        const r = parseTemplate(input);
        assertWellFormed(r.diagnostics);
        if (r.template) expect(r.diagnostics.some((d) => d.severity === "error")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("documents with random widgets never throw and report errors with paths", () => {
    fc.assert(
      fc.property(fc.array(widgetArb, { maxLength: 6 }), fc.boolean(), (widgets, strict) => {
        const r = parseTemplate(baseDoc(widgets), { strict });
        assertWellFormed(r.diagnostics);
        expect(r.template === undefined).toBe(r.diagnostics.some((d) => d.severity === "error"));
      }),
      { numRuns: 400 },
    );
  });

  it("mutated YAML text never throws or hangs", () => {
    const source = readFileSync(new URL("./__fixtures__/daily-sheet.yaml", import.meta.url), "utf8");
    const edit = fc.record({
      at: fc.nat({ max: source.length }),
      remove: fc.nat({ max: 20 }),
      insert: fc.string({ maxLength: 6, unit: fc.constantFrom(..."{}[]:-&*!|>'\"#\n ab01") }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = source;
        for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
        const started = performance.now();
        const r = loadDocument(text, { strict: false, maxPages: 1000 });
        expect(performance.now() - started).toBeLessThan(2000);
        assertWellFormed(r.diagnostics);
      }),
      { numRuns: 200 },
    );
  });
});

describe("prototype-named keys", () => {
  it("are plain unknown keys, never Object.prototype members", () => {
    const doc = JSON.parse(
      '{"schema_version":"1.0","valueOf":0,"__proto__":{"x":1},"metadata":{"name":"a","category":"b","created":"c","profile":"constructor","toString":1},"canvas":{"dimensions":{"width":10,"height":10,"margins":[0,0,0,0]}},"widgets":[{"id":"a","type":"calendar","position":{"x":0,"y":0,"width":1,"height":1},"properties":{"start_date":"2026-01","link_strategy":"constructor","hasOwnProperty":1}}]}',
    ) as unknown;
    const r = parseTemplate(doc);
    expect(r.diagnostics.filter((d) => d.code === "unknown_key").map((d) => d.path)).toEqual(
      expect.arrayContaining(["valueOf", "metadata.toString", "widgets[0].properties.hasOwnProperty"]),
    );
    expect(r.diagnostics.find((d) => d.path === "metadata.profile")?.message).toBe('unknown device profile "constructor"');
    expect(r.diagnostics.find((d) => d.path === "widgets[0].properties.link_strategy")?.severity).toBe("error");
  });
});
