import { describe, expect, it } from "vitest";
import { builtinFontSize, builtinStroke, enforceConstraints, paintColour, toGrey } from "./constraints";
import { getProfile, type DeviceProfile } from "./profiles";
import { baseDoc, check, widget } from "@/tests/helpers/template-checks";
import type { Template } from "./types";

function profile(id: string): DeviceProfile {
  const p = getProfile(id);
  if (!p) throw new Error(id);
  return p;
}
const MONO = profile("remarkable-2"); // min font 10, min stroke 0.75, colour: no
const COLOUR = profile("boox-note-air-4c"); // min font 10, min stroke 0.75, colour: yes
const SMALL = profile("kindle-scribe"); // min font 8, stroke 0.5, mono

function template(widgets: unknown[], extra: Record<string, unknown> = {}): Template {
  const r = check(baseDoc(widgets, extra));
  if (!r.template) throw new Error(JSON.stringify(r.diagnostics));
  return r.template;
}

describe("font minimum (§7.5)", () => {
  const t = (size: number) => template([widget("text_block", { styling: { size } })]);
  it.each([MONO, COLOUR])("just below the minimum is raised with a warning on %s", (p) => {
    const r = enforceConstraints(t(9.9), p, { strict: false });
    expect(r.template.widgets[0]?.styling.size).toBe(10);
    expect(r.diagnostics.filter((d) => d.code === "constraint_font")).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "widgets[0].styling.size",
        original: 9.9,
        fixed: 10,
        message: `9.9 → 10 (below min_font_pt of ${p.id})`,
        widget_id: "w_text_block",
        page: 1,
      }),
    ]);
  });
  it.each([MONO, COLOUR])("at and just above the minimum nothing happens on %s", (p) => {
    for (const size of [10, 10.1]) {
      const r = enforceConstraints(t(size), p, { strict: true });
      expect(r.diagnostics.filter((d) => d.code === "constraint_font")).toEqual([]);
      expect(r.template.widgets[0]?.styling.size).toBe(size);
    }
  });
  it("strict mode turns the violation into an error", () => {
    const r = enforceConstraints(t(9.9), MONO, { strict: true });
    expect(r.diagnostics.find((d) => d.code === "constraint_font")).toMatchObject({ severity: "error", path: "widgets[0].styling.size" });
  });
  it("clamps sizes above 72", () => {
    const r = enforceConstraints(t(80), COLOUR, { strict: false });
    expect(r.template.widgets[0]?.styling.size).toBe(72);
    expect(r.diagnostics[0]?.message).toBe("80 → 72 (above the maximum of 72 pt)");
  });
  it("raises default sizes silently and leaves the input untouched", () => {
    const src = template([widget("calendar", { properties: { start_date: "2026-01" } })]);
    const strictish = { ...SMALL, constraints: { ...SMALL.constraints, min_font_pt: 12 } };
    const r = enforceConstraints(src, strictish, { strict: true });
    expect(r.template.widgets[0]?.styling.size).toBe(12);
    expect(r.diagnostics.filter((d) => d.code === "constraint_font")).toEqual([]);
    expect(src.widgets[0]?.styling.size).toBe(10);
  });
  it("checkbox labels are exempt only with constraint_scope einkpdf", () => {
    const cb = template([widget("checkbox", { styling: { size: 6 } })]);
    expect(enforceConstraints(cb, MONO, { strict: false }).template.widgets[0]?.styling.size).toBe(10);
    expect(enforceConstraints(cb, MONO, { strict: false, constraintScope: "einkpdf" }).template.widgets[0]?.styling.size).toBe(6);
  });
});

describe("stroke minimum (§7.5)", () => {
  it.each([
    ["box", { styling: { line_width: 0.7 } }, "styling.line_width"],
    ["divider", { styling: { line_width: 0.7 } }, "styling.line_width"],
    ["lines", { properties: { line_thickness: 0.7 } }, "properties.line_thickness"],
    ["table", { properties: { rows: 1, columns: 1, stroke_width: 0.7 } }, "properties.stroke_width"],
  ])("%s: 0.7 → 0.75 on mono and colour, error when strict", (type, extra, path) => {
    for (const p of [MONO, COLOUR]) {
      const r = enforceConstraints(template([widget(type, extra)]), p, { strict: false });
      expect(r.diagnostics.filter((d) => d.code === "constraint_stroke")).toEqual([
        expect.objectContaining({
          severity: "warning",
          path: `widgets[0].${path}`,
          original: 0.7,
          fixed: 0.75,
          message: `0.7 → 0.75 (below min_stroke_pt of ${p.id})`,
        }),
      ]);
      const strict = enforceConstraints(template([widget(type, extra)]), p, { strict: true });
      expect(strict.diagnostics.find((d) => d.code === "constraint_stroke")?.severity).toBe("error");
    }
  });
  it("0.75, just above it, and 0 are left alone on mono and colour", () => {
    for (const [w, p] of [
      [0.75, MONO],
      [0.8, MONO],
      [0.8, COLOUR],
      [0, COLOUR],
    ] as const) {
      const r = enforceConstraints(template([widget("box", { styling: { line_width: w } })]), p, { strict: true });
      expect(r.diagnostics.filter((d) => d.code === "constraint_stroke")).toEqual([]);
      expect(r.template.widgets[0]?.styling.line_width).toBe(w);
    }
  });
  it("einkpdf scope checks table borders only", () => {
    const t = template([widget("box", { styling: { line_width: 0.3 } })]);
    expect(
      enforceConstraints(t, MONO, { strict: true, constraintScope: "einkpdf" }).diagnostics.filter((d) => d.code === "constraint_stroke"),
    ).toEqual([]);
  });
});

describe("colour on monochrome profiles (§7.5)", () => {
  it("converts author colours to luminance grey with a warning", () => {
    const t = template([widget("box", { background_color: "#FF0000", styling: { fill_color: "#00FF00", stroke_color: "#777777" } })], {
      canvas: { dimensions: { width: 447.3, height: 596.4, margins: [0, 0, 0, 0] }, background: "#0000FF" },
    });
    const r = enforceConstraints(t, MONO, { strict: false });
    expect(r.template.widgets[0]).toMatchObject({
      background_color: "#4C4C4C",
      styling: { fill_color: "#969696", stroke_color: "#777777" },
    });
    expect(r.template.canvas.background).toBe("#1D1D1D");
    expect(r.diagnostics.filter((d) => d.code === "constraint_color").map((d) => [d.path, d.severity, d.message])).toEqual([
      ["widgets[0].background_color", "warning", "#FF0000 → #4C4C4C (colour on monochrome profile remarkable-2)"],
      ["widgets[0].styling.fill_color", "warning", "#00FF00 → #969696 (colour on monochrome profile remarkable-2)"],
      ["canvas.background", "warning", "#0000FF → #1D1D1D (colour on monochrome profile remarkable-2)"],
    ]);
  });
  it("leaves colour profiles alone and errors in strict mode on mono", () => {
    const t = template([widget("text_block", { styling: { color: "#123456" } })]);
    expect(enforceConstraints(t, COLOUR, { strict: true }).diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(enforceConstraints(t, MONO, { strict: true }).diagnostics[0]).toMatchObject({ severity: "error", code: "constraint_color" });
  });
  it("converts default colours silently", () => {
    const r = enforceConstraints(template([widget("internal_link")]), MONO, { strict: true });
    expect(r.diagnostics).toEqual([]);
    expect(r.template.widgets[0]?.styling.color).toBe(toGrey("#0066CC"));
  });
  it("einkpdf scope converts text colours but not fills", () => {
    const t = template([widget("box", { styling: { fill_color: "#00FF00", color: "#FF0000" } })]);
    const r = enforceConstraints(t, MONO, { strict: false, constraintScope: "einkpdf" });
    expect(r.template.widgets[0]?.styling).toMatchObject({ fill_color: "#00FF00", color: "#4C4C4C" });
  });
});

describe("table cell_links (§3.11)", () => {
  const table = (extra: Record<string, unknown>) =>
    template([widget("table", { position: { x: 10, y: 10, width: 120, height: 100 }, properties: { rows: 2, columns: 4, ...extra } })]);
  const lints = (t: Template) => enforceConstraints(t, MONO, { strict: true }).diagnostics.filter((d) => d.code === "lint");
  it("is accepted, with a lint note when cells are smaller than the touch target", () => {
    expect(lints(table({ cell_links: true }))).toEqual([
      expect.objectContaining({
        severity: "info",
        path: "widgets[0].properties.cell_links",
        widget_id: "w_table",
        message: "cells (30 × 24 pt) are smaller than the 30 pt touch target of remarkable-2",
      }),
    ]);
  });
  it("no note when every cell is large enough, or without cell_links", () => {
    expect(lints(table({ cell_links: true, row_height: 30 }))).toEqual([]);
    expect(lints(table({}))).toEqual([]);
  });
});

describe("built-in helpers and canvas note", () => {
  it("raise built-in values silently", () => {
    expect(builtinStroke(0.5, MONO)).toBe(0.75);
    expect(builtinStroke(0, MONO)).toBe(0);
    expect(builtinFontSize(8, MONO)).toBe(10);
    expect(builtinFontSize(100, MONO)).toBe(72);
    expect(paintColour("#CCCCCC", MONO)).toBe("#CCCCCC");
    expect(paintColour("#0066CC", COLOUR)).toBe("#0066CC");
    expect(paintColour(null, MONO)).toBeNull();
  });
  it("notes a canvas that differs from the profile page by more than 0.5 pt", () => {
    const t = template([]);
    expect(enforceConstraints(t, MONO, { strict: true }).diagnostics).toEqual([]);
    expect(enforceConstraints(t, COLOUR, { strict: true }).diagnostics).toEqual([
      expect.objectContaining({ severity: "info", code: "canvas_profile_mismatch" }),
    ]);
  });
});
