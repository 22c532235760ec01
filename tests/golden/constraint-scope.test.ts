// constraint_scope (§7.5, §7.8) decides what is drawn, not only what is reported: the same document is
// rendered in both scopes on a monochrome profile, and sizes, stroke widths and colours are read back
// from the PDF. Built-in values (calendar grid, §7.5 first paragraph) are raised in both scopes.
import { beforeAll, describe, expect, it } from "vitest";
import type { RenderResult } from "@/lib/render-contract/types";
import { readPaintOps, readTextSizes, type PaintOp } from "./page-paint";
import { renderYaml } from "./render-case";

// remarkable-2: monochrome, min_font_pt 10, min_stroke_pt 0.75.
const doc = `schema_version: "1.0"
metadata: {name: Scope, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 400, margins: [0, 0, 0, 0]}}
widgets:
  - {id: cb, type: checkbox, position: {x: 20, y: 20, width: 200, height: 30}, content: "Task", properties: {box_size: 20}, styling: {size: 6, line_width: 0.3, fill_color: "#FF0000"}}
  - {id: bx, type: box, position: {x: 20, y: 70, width: 100, height: 50}, styling: {line_width: 0.3, fill_color: "#0000FF", stroke_color: "#00AA00"}}
  - {id: note, type: text_block, position: {x: 20, y: 130, width: 200, height: 20}, content: "Notes", background_color: "#00FF00", styling: {size: 6, color: "#FF0000"}}
  - {id: tbl, type: table, position: {x: 20, y: 160, width: 160, height: 48}, properties: {rows: 1, columns: 2, row_height: 24, stroke_width: 0.3, table_data: [["Head", "Col"], ["a", "b"]]}}
  - {id: cal, type: calendar, position: {x: 20, y: 220, width: 210, height: 140}, properties: {start_date: "2026-03-01", show_month_name: false, show_year: false}}
`;

type Rendered = { ops: PaintOp[]; text: { text: string; size: number }[]; result: RenderResult };
const rendered: Partial<Record<"full" | "einkpdf", Rendered>> = {};

beforeAll(async () => {
  for (const scope of ["full", "einkpdf"] as const) {
    const { bytes, result } = await renderYaml(doc, { constraintScope: scope });
    rendered[scope] = { ops: await readPaintOps(bytes), text: await readTextSizes(bytes), result };
  }
}, 120_000);

function get(scope: "full" | "einkpdf"): Rendered {
  const r = rendered[scope];
  if (!r) throw new Error(`no ${scope} render`);
  return r;
}

/** Paint operations whose path holds exactly this rectangle (as written in the content stream). */
const opsAt = (ops: PaintOp[], rect: number[]) => ops.filter((o) => o.rects.some((r) => r.join(" ") === rect.join(" ")));
const sizeOf = (r: Rendered, text: string) => r.text.find((t) => t.text === text)?.size;
/** Constraint diagnostics as `widget:path-after-the-index (code)`. */
const constraintPaths = (r: Rendered, code: string) =>
  r.result.diagnostics
    .filter((d) => d.code === code)
    .map((d) => `${d.widget_id}:${d.path.replace(/^widgets\[\d+\]\./, "")}`)
    .sort();

// The checkbox box is drawn after a translate to the widget origin: local (0, 5), 20 × 20.
const CHECKBOX_BOX = [0, 5, 20, 20];
const BOX = [20, 70, 100, 50];
const NOTE_BG = [20, 130, 200, 20];
const TABLE_OUTER = [20, 160, 160, 48];

describe("constraint_scope: einkpdf against full on a monochrome profile", () => {
  it("font: a checkbox label is drawn as written under einkpdf and raised under full; other text is raised in both", () => {
    expect(sizeOf(get("einkpdf"), "Task")).toBe(6);
    expect(sizeOf(get("full"), "Task")).toBe(10);
    for (const scope of ["einkpdf", "full"] as const) {
      expect(sizeOf(get(scope), "Notes")).toBe(10);
      expect(sizeOf(get(scope), "Head")).toBe(10);
    }
    expect(constraintPaths(get("einkpdf"), "constraint_font")).toEqual(["note:styling.size"]);
    expect(constraintPaths(get("full"), "constraint_font")).toEqual(["cb:styling.size", "note:styling.size"]);
  });

  it("stroke: checkbox and box borders keep 0.3 pt under einkpdf; table lines and the calendar grid are raised in both", () => {
    const eink = get("einkpdf");
    const full = get("full");
    expect(opsAt(eink.ops, CHECKBOX_BOX).map((o) => o.lineWidth)).toEqual([0.3]);
    expect(opsAt(full.ops, CHECKBOX_BOX).map((o) => o.lineWidth)).toEqual([0.75]);
    expect(
      opsAt(eink.ops, BOX)
        .filter((o) => o.stroke)
        .map((o) => o.lineWidth),
    ).toEqual([0.3]);
    expect(
      opsAt(full.ops, BOX)
        .filter((o) => o.stroke)
        .map((o) => o.lineWidth),
    ).toEqual([0.75]);
    for (const r of [eink, full]) {
      expect(
        opsAt(r.ops, TABLE_OUTER)
          .filter((o) => o.stroke)
          .map((o) => o.lineWidth),
      ).toEqual([0.75]);
      // Every other stroke (table, calendar grid, built-in 0.5 pt) meets min_stroke_pt.
      const others = r.ops.filter((o) => o.stroke && !opsAt([o], CHECKBOX_BOX).length && !opsAt([o], BOX).length);
      expect(others.length).toBeGreaterThan(1);
      expect(Math.min(...others.map((o) => o.lineWidth))).toBe(0.75);
    }
    expect(constraintPaths(eink, "constraint_stroke")).toEqual(["tbl:properties.stroke_width"]);
    expect(constraintPaths(full, "constraint_stroke")).toEqual([
      "bx:styling.line_width",
      "cb:styling.line_width",
      "tbl:properties.stroke_width",
    ]);
  });

  it("colour: box and checkbox colours stay as written under einkpdf and turn grey under full; text and widget backgrounds are grey in both", () => {
    const eink = get("einkpdf");
    const full = get("full");
    expect(opsAt(eink.ops, CHECKBOX_BOX).map((o) => o.fill)).toEqual(["#FF0000"]);
    expect(opsAt(full.ops, CHECKBOX_BOX).map((o) => o.fill)).toEqual(["#4C4C4C"]);
    const boxColours = (r: Rendered) => opsAt(r.ops, BOX).map((o) => o.fill ?? o.stroke);
    expect(boxColours(eink)).toEqual(["#0000FF", "#00AA00"]);
    expect(boxColours(full)).toEqual(["#1D1D1D", "#646464"]);
    for (const r of [eink, full]) {
      expect(opsAt(r.ops, NOTE_BG).map((o) => o.fill)).toEqual(["#969696"]);
      expect(r.ops.filter((o) => o.text === "Notes").map((o) => o.fill)).toEqual(["#4C4C4C"]);
    }
    expect(constraintPaths(eink, "constraint_color")).toEqual(["note:background_color", "note:styling.color"]);
    expect(constraintPaths(full, "constraint_color")).toEqual([
      "bx:styling.fill_color",
      "bx:styling.stroke_color",
      "cb:styling.fill_color",
      "note:background_color",
      "note:styling.color",
    ]);
  });
});
