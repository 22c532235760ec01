// Symbol and ZapfDingbats (§8.1, §8.2): standard, non-embedded fonts with their Adobe metrics, whose
// text is Unicode in the template and reaches the page as codes of each font's built-in encoding.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderYaml } from "@/tests/golden/render-case";
import { resolveFont } from "./resolve";
import { encodeSymbolic, symbolicWidth } from "./symbolic";

const lenient = { strict: false, path: "widgets[0].styling.font", widgetId: "w1" };

/** Widths straight from the AFM files pdfkit ships: `C 97 ; WX 631 ; N alpha ; …`. */
function afmWidths(font: "Symbol" | "ZapfDingbats"): Map<string, number> {
  const file = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfkit")), "data", `${font}.afm`);
  const widths = new Map<string, number>();
  for (const m of readFileSync(file, "latin1").matchAll(/^C -?\d+ ; WX (\d+) ; N (\S+)/gm)) widths.set(m[2] ?? "", Number(m[1]));
  return widths;
}

describe("symbol font metrics and encoding", () => {
  it("measures with the Adobe widths, not as zero-width text", () => {
    const symbol = afmWidths("Symbol");
    const dingbats = afmWidths("ZapfDingbats");
    expect(symbolicWidth("Symbol", "α∑ ")).toBe((symbol.get("alpha") ?? 0) + (symbol.get("summation") ?? 0) + (symbol.get("space") ?? 0));
    expect(symbolicWidth("ZapfDingbats", "✔➔")).toBe((dingbats.get("a20") ?? 0) + (dingbats.get("a160") ?? 0));
    expect(symbolicWidth("Symbol", "α")).toBeGreaterThan(600);
  });

  it("writes each character as its code in the font's built-in encoding", () => {
    expect(encodeSymbolic("Symbol", "α∑5")).toBe("a\u00e55");
    expect(encodeSymbolic("ZapfDingbats", "✔ ❶")).toBe("4 \u00b6");
  });
});

describe("symbol font resolution (§8.2, §8.3)", () => {
  it.each([
    ["Symbol", "α ≤ β, ∑ ∞ π"],
    ["ZapfDingbats", "✔ ✓ ✗ ➔ ☎ ❶"],
  ])("draws %s text in the standard font itself", (name, text) => {
    const r = resolveFont(name, text, lenient);
    expect(r.diagnostics).toEqual([]);
    expect(r.face).toMatchObject({ src: name, standard: true });
    expect(r.runs).toEqual([{ text, face: r.face }]);
  });

  it("draws a string with characters the symbol font lacks whole in DejaVu Sans, with a warning", () => {
    const r = resolveFont("Symbol", "α = x", lenient);
    expect(r.face.family).toBe("DejaVu Sans");
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([["warning", "font_fallback"]]);
    expect(r.diagnostics[0]?.message).toBe(
      'Symbol cannot show "x"; text drawn in DejaVu Sans (Symbol text is Unicode: write "ξ" instead of "x")',
    );
  });

  it("names the character to write when a template uses a dingbat's legacy code", () => {
    const r = resolveFont("ZapfDingbats", "4", { strict: true });
    expect(r.diagnostics.map((d) => d.severity)).toEqual(["error"]);
    expect(r.diagnostics[0]?.message).toContain('write "✔" instead of "4"');
  });
});

function poppler(tool: string, args: string[], pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "inkset-sym-"));
  try {
    const file = path.join(dir, "in.pdf");
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === "pdffonts" ? [] : ["-"])], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words as poppler reads them: each with the text it extracts and its horizontal extent. */
function words(pdf: Uint8Array): { text: string; xMin: number; xMax: number }[] {
  const bbox = poppler("pdftotext", ["-bbox"], pdf);
  return [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => ({
    text: m[3] ?? "",
    xMin: Number(m[1]),
    xMax: Number(m[2]),
  }));
}

const template = `schema_version: "1.0"
metadata: {name: Symbols, category: test, created: "2026-01-01", profile: boox-note-air-4c}
canvas: {dimensions: {width: 400, height: 140, margins: [0, 0, 0, 0]}}
widgets:
  - {id: math, type: text_block, content: "α ≤ β ∑", position: {x: 10, y: 10, width: 380, height: 40}, styling: {font: Symbol, size: 20, text_align: right}}
  - {id: marks, type: text_block, content: "✔ ✓ ➔", position: {x: 10, y: 70, width: 380, height: 40}, styling: {font: ZapfDingbats, size: 20, text_align: right}}
`;

describe("symbol fonts in a rendered PDF", () => {
  it("uses the non-embedded standard fonts with their built-in encodings; text extracts as typed", async () => {
    const { bytes, result } = await renderYaml(template);
    expect(result.diagnostics.filter((d) => d.code === "font_fallback")).toEqual([]);
    const fonts = poppler("pdffonts", [], bytes).split("\n").slice(2).filter(Boolean);
    // name, type, encoding, embedded. poppler names a built-in encoding after the font; pdfkit's
    // WinAnsi label would show as "WinAnsi" and make readers look for glyphs these fonts lack.
    expect(fonts.map((line) => line.split(/\s+/).slice(0, 5).join(" ")).sort()).toEqual([
      "Symbol Type 1 Symbol no",
      "ZapfDingbats Type 1 ZapfDingbats no",
    ]);
    expect(words(bytes).map((w) => w.text)).toEqual(["α", "≤", "β", "∑", "✔", "✓", "➔"]);
  });

  it("right-aligns by the real glyph widths", async () => {
    const { bytes } = await renderYaml(template);
    const all = words(bytes);
    const last = (w: string) => all.find((m) => m.text === w);
    // Both strings end at the box's right edge (x 390); with zero widths they would start there instead.
    for (const w of ["∑", "➔"]) expect(last(w)?.xMax).toBeCloseTo(390, 0);
    expect(last("α")?.xMin).toBeLessThan(330);
  });
});
