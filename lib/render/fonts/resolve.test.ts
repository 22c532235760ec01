import { describe, expect, it } from "vitest";
import { resolveFont } from "./resolve";

const lenient = { strict: false, path: "widgets[0].styling.font", widgetId: "w1" };

describe("font name resolution (§8.2)", () => {
  const table: [string, string, number, "normal" | "italic"][] = [
    ["Helvetica", "Helvetica", 400, "normal"],
    ["Helvetica-BoldOblique", "Helvetica-BoldOblique", 400, "normal"],
    ["Times-Roman", "Times-Roman", 400, "normal"],
    ["Courier-Bold", "Courier-Bold", 400, "normal"],
    ["DejaVu Sans", "DejaVu Sans", 400, "normal"],
    ["DejaVu Sans Regular", "DejaVu Sans", 400, "normal"],
    ["DejaVu Sans Bold", "DejaVu Sans", 700, "normal"],
    ["Deja Vu Sans Bold", "DejaVu Sans", 700, "normal"],
    ["dejavusansbold", "DejaVu Sans", 700, "normal"],
    ["DejaVuSans-BoldOblique", "DejaVu Sans", 700, "italic"],
    ["DejaVu Sans ExtraLight", "DejaVu Sans", 200, "normal"],
    ["DejaVu Sans Condensed Oblique", "DejaVu Sans Condensed", 400, "italic"],
    ["Deja Vu Sans Mono Bold", "DejaVu Sans Mono", 700, "normal"],
    ["DejaVu Serif Italic", "DejaVu Serif", 400, "italic"],
    ["DejaVuSerifCondensed-BoldItalic", "DejaVu Serif Condensed", 700, "italic"],
    ["DejaVu Math TeX Gyre", "DejaVu Math TeX Gyre", 400, "normal"],
    ["Patrick-Hand", "Patrick Hand", 400, "normal"],
    ["Patrick Hand", "Patrick Hand", 400, "normal"],
    ["Courier-Prime", "Courier Prime", 400, "normal"],
    ["Courier Prime Bold Italic", "Courier Prime", 700, "italic"],
  ];
  it.each(table)("%s → %s %d %s without diagnostics", (name, family, weight, style) => {
    const r = resolveFont(name, "Hello", lenient);
    expect(r.diagnostics).toEqual([]);
    expect(r.fontFamily[0]).toBe(family);
    expect(r.fontWeight).toBe(weight);
    expect(r.fontStyle).toBe(style);
  });

  it.each([
    ["Arial", "Helvetica"],
    ["helvetica", "Helvetica"],
    ["Courier New", "Courier"],
    ["DejaVu Sans Italic", "Helvetica"],
    ["", "Helvetica"],
  ])("unknown %j falls back to %s with a font_fallback warning", (name, family) => {
    const r = resolveFont(name, "Hello", lenient);
    expect(r.fontFamily).toEqual([family]);
    expect(r.face.standard).toBe(true);
    expect(r.diagnostics).toEqual([
      {
        severity: "warning",
        code: "font_fallback",
        path: "widgets[0].styling.font",
        message: `unknown font ${JSON.stringify(name)}, using ${family}`,
        widget_id: "w1",
      },
    ]);
  });

  it("makes an unknown font an error in strict mode", () => {
    const r = resolveFont("Comic Sans", "x", { strict: true });
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.path])).toEqual([["error", "font_fallback", "(root)"]]);
  });

  it.each(["Symbol", "ZapfDingbats"])("keeps %s a standard font", (name) => {
    const r = resolveFont(name, " ", lenient);
    expect(r.diagnostics).toEqual([]);
    expect(r.face).toMatchObject({ family: name, standard: true });
  });
});

describe("glyph coverage (§8.3)", () => {
  it("keeps WinAnsi text in the base-14 font", () => {
    const r = resolveFont("Helvetica", "Crème brûlée – 5 € “quoted” Œ", lenient);
    expect(r.diagnostics).toEqual([]);
    expect(r.runs).toEqual([{ text: "Crème brûlée – 5 € “quoted” Œ", face: r.face }]);
    expect(r.face.src).toBe("Helvetica");
  });

  it.each([
    ["Helvetica", "Zażółć gęślą jaźń", "DejaVu Sans", 400, "normal"],
    ["Helvetica-Bold", "Привіт, світе", "DejaVu Sans", 700, "normal"],
    ["Times-Italic", "Łódź", "DejaVu Serif", 400, "italic"],
    ["Courier-BoldOblique", "→ arrow", "DejaVu Sans Mono", 700, "italic"],
  ])("%s with %j is drawn whole in %s", (name, text, family, weight, style) => {
    const r = resolveFont(name, text, lenient);
    expect(r.fontFamily[0]).toBe(family);
    expect([r.fontWeight, r.fontStyle]).toEqual([weight, style]);
    expect(r.runs.map((x) => x.face.family)).toEqual([family]);
    expect(r.face.standard).toBe(false);
    expect(r.face.src).toMatch(/\.ttf$/);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "warning", code: "font_fallback" });
    expect(r.diagnostics[0]?.message).toContain(`${name} cannot show`);
    expect(r.diagnostics[0]?.message).not.toMatch(/node_modules|\//);
  });

  it("turns the substitution into an error in strict mode", () => {
    const r = resolveFont("Helvetica", "Zażółć", { strict: true });
    expect(r.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });

  it("decides per string: the same input always gives the same result", () => {
    const a = resolveFont("Helvetica", "ąę", lenient);
    const b = resolveFont("Helvetica", "ąę", lenient);
    expect(b).toEqual(a);
    expect(resolveFont("Helvetica", "ae", lenient).fontFamily).toEqual(["Helvetica"]);
  });

  it("uses the extra Unicode subsets of a bundled face before DejaVu Sans", () => {
    const r = resolveFont("Patrick Hand", "Zażółć", lenient);
    expect(r.diagnostics).toEqual([]);
    expect(r.runs.map((x) => [x.text, x.face.family])).toEqual([
      ["Za", "Patrick Hand"],
      ["ż", "Patrick Hand #1"],
      ["ó", "Patrick Hand"],
      ["łć", "Patrick Hand #1"],
    ]);
  });

  it("falls back per character to DejaVu Sans for glyphs a bundled face lacks", () => {
    const r = resolveFont("Courier Prime", "Hi Привіт", lenient);
    expect(r.fontFamily).toEqual(["Courier Prime", "Courier Prime #1", "DejaVu Sans", "Noto Sans JP", "Noto Sans SC"]);
    expect(r.runs.map((x) => [x.text, x.face.family])).toEqual([
      ["Hi ", "Courier Prime"],
      ["Привіт", "DejaVu Sans"],
    ]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.message).toContain("Courier Prime has no glyphs for");
  });

  it("reports characters that no bundled font covers", () => {
    const r = resolveFont("DejaVu Sans", "தமிழ்", { strict: true });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", code: "font_fallback" });
    expect(r.diagnostics[0]?.message).toBe('no bundled font can show "த", "ம", "ி", "ழ", "்"; drawn as missing glyphs');
  });
});

describe("the CJK pack (§8.1, §8.3)", () => {
  it("draws CJK characters an embedded face lacks in Noto Sans JP, and says so", () => {
    const r = resolveFont("DejaVu Sans", "Tokyo 東京", lenient);
    expect(r.runs.map((x) => [x.text, x.face.family, x.face.fontWeight])).toEqual([
      ["Tokyo ", "DejaVu Sans", 400],
      ["東京", "Noto Sans JP", 400],
    ]);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['DejaVu Sans has no glyphs for "東", "京"; those are drawn in Noto Sans JP']);
  });

  it("matches the weight: bold text falls back to Noto Sans JP Bold", () => {
    const r = resolveFont("DejaVu Sans Bold", "月曜日", lenient);
    expect(r.runs.map((x) => [x.face.family, x.face.fontWeight])).toEqual([["Noto Sans JP", 700]]);
    expect(r.runs[0]?.face.src).toMatch(/NotoSansJP_700Bold\.ttf$/);
  });

  it("puts Simplified Chinese first for a zh locale", () => {
    expect(resolveFont("DejaVu Sans", "日本", { ...lenient, locale: "zh-CN" }).runs.map((x) => x.face.family)).toEqual(["Noto Sans SC"]);
    expect(resolveFont("DejaVu Sans", "日本", { ...lenient, locale: "ja" }).runs.map((x) => x.face.family)).toEqual(["Noto Sans JP"]);
  });

  it("takes characters only the Chinese face has from it, whatever the locale", () => {
    expect(resolveFont("DejaVu Sans", "们这", { ...lenient, locale: "ja" }).runs.map((x) => x.face.family)).toEqual(["Noto Sans SC"]);
  });

  it("names both fonts when a standard font's string moves to DejaVu and on to the pack", () => {
    const r = resolveFont("Helvetica", "東京", lenient);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['Helvetica cannot show "東", "京"; text drawn in DejaVu Sans and Noto Sans JP']);
  });

  it.each([
    ["Noto Sans JP", 400],
    ["Noto Sans SC Bold", 700],
    ["notosansjpbold", 700],
  ])("resolves %s by name, Latin and kana included, without diagnostics", (name, weight) => {
    const r = resolveFont(name, "こんにちは Hello 你好", lenient);
    expect(r.diagnostics).toEqual([]);
    expect(r.fontWeight).toBe(weight);
    expect(r.face.standard).toBe(false);
  });
});
