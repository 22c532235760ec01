// A document in a language the standard fonts cannot write is drawn in one face: the standard font's
// DejaVu counterpart for all its text, with no per-string fallback (checked in the rendered PDF).
import { describe, expect, it } from "vitest";
import { poppler, pdfFontNames as fontsIn } from "@/tests/helpers/poppler";
import { renderYaml } from "@/tests/golden/render-case";
import { BASE14 } from "./base14";
import { languagesWithEmbeddedFaces, localeNeedsEmbeddedFace } from "./locale-faces";
import { resolveFont } from "./resolve";

const doc = (locale: string, widgets: string) => `schema_version: "1.0"
metadata: {name: Locale font, category: test, created: "2026-01-01", profile: boox-note-air-4c, locale: ${locale}}
canvas: {dimensions: {width: 400, height: 400, margins: [0, 0, 0, 0]}}
widgets:
${widgets}
`;

const widgets = (
  title: string,
  plain: string,
) => `  - {id: title, type: text_block, content: "${title}", position: {x: 10, y: 10, width: 380, height: 30}, styling: {font: Helvetica-Bold, size: 16}}
  - {id: plain, type: text_block, content: "${plain}", position: {x: 10, y: 45, width: 380, height: 20}}
  - {id: cal, type: calendar, position: {x: 10, y: 70, width: 380, height: 320}, properties: {calendar_type: monthly, start_date: "2026-03-01"}}`;

const H = BASE14.get("Helvetica")!;

describe("per-language faces for standard fonts", () => {
  it("knows which languages Helvetica cannot write", () => {
    for (const lang of ["pl", "cs", "tr", "ro", "hu", "uk", "ru", "el", "lt", "vi"]) expect(localeNeedsEmbeddedFace(H, lang)).toBe(true);
    // WinAnsi covers these (ø å ä ö ß é ñ š ž …), and CJK takes the Noto pack per character instead.
    for (const lang of ["en", "de", "fr", "es", "sv", "da", "nb", "fi", "nl", "pt", "it", "ja", "zh", undefined]) {
      expect(localeNeedsEmbeddedFace(H, lang)).toBe(false);
    }
    expect(localeNeedsEmbeddedFace(H, "pl-PL")).toBe(true);
    expect(localeNeedsEmbeddedFace(H, "PL_pl")).toBe(true);
    expect(localeNeedsEmbeddedFace(BASE14.get("ZapfDingbats")!, "pl")).toBe(false);
    expect(languagesWithEmbeddedFaces(H)).toContain("sk");
  });

  it("moves every string of a Polish document, not only those with ą ę ł, and warns about none", () => {
    const plain = resolveFont("Helvetica", "Luty 2026", { strict: true, locale: "pl" });
    const accented = resolveFont("Helvetica", "Październik", { strict: true, locale: "pl" });
    expect(plain.face.family).toBe("DejaVu Sans");
    expect(accented.face.family).toBe("DejaVu Sans");
    expect([...plain.diagnostics, ...accented.diagnostics]).toEqual([]);
    expect(resolveFont("Times-Bold", "Luty", { strict: false, locale: "pl" }).face.family).toBe("DejaVu Serif");
    expect(resolveFont("Times-Bold", "Luty", { strict: false, locale: "pl" }).fontWeight).toBe(700);
    expect(resolveFont("Courier", "Luty", { strict: false, locale: "pl" }).face.family).toBe("DejaVu Sans Mono");
    // English text in Helvetica stays in Helvetica; only a string it cannot show moves, with the §8.3 warning.
    expect(resolveFont("Helvetica", "February", { strict: false, locale: "en" }).face.standard).toBe(true);
    expect(resolveFont("Helvetica", "Łódź", { strict: false, locale: "en" }).diagnostics).toHaveLength(1);
  });

  it.each([
    ["pl", "Środa, 18 marca — zażółć gęślą jaźń", "Luty", "Marzec", ["ą", "ę", "ł", "ń", "ś", "ź", "ż"]],
    ["cs", "Příliš žluťoučký kůň", "Leden", "Březen", ["ř", "ž", "ť", "ů"]],
    ["tr", "Şubat ayı, ğ ı İ", "Ocak", "Mart", ["Ş", "ğ", "ı", "İ"]],
    ["ro", "Științe, țară, șase", "Ianuarie", "Martie", ["Ș", "ț", "ș"]],
  ])("%s: one face for all text, and the letters extract as typed", async (locale, title, plain, month, letters) => {
    const { bytes, result } = await renderYaml(doc(locale, widgets(title, plain)));
    expect(result.diagnostics.filter((d) => d.code === "font_fallback")).toEqual([]);
    // No Helvetica at all: headings, plain strings and the calendar share the DejaVu Sans family.
    expect(fontsIn(bytes)).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
    const text = poppler("pdftotext", bytes);
    for (const ch of letters) expect(text).toContain(ch);
    expect(text).toContain(plain);
    if (locale === "pl" || locale === "cs" || locale === "tr") expect(text).toContain(month);
  });

  it("keeps an English document in Helvetica", async () => {
    const { bytes } = await renderYaml(doc("en", widgets("March planner", "February")));
    expect(fontsIn(bytes)).toEqual(["Helvetica", "Helvetica-Bold"]);
  });
});
