// The optional CJK pack (§8.1, §8.3) in rendered PDFs: Japanese and Chinese calendars and text get real
// glyphs from Noto Sans JP / SC, embedded as small subsets, and the text extracts as typed.
import { describe, expect, it } from "vitest";
import { poppler, pdfFontNames } from "@/tests/helpers/poppler";
import { renderYaml } from "@/tests/golden/render-case";

const embedded = (pdf: Uint8Array) => pdfFontNames(pdf, { embeddedOnly: true });

const page = (locale: string, widgets: string) => `schema_version: "1.0"
metadata: {name: CJK, category: test, created: "2026-01-01", profile: boox-note-air-4c, locale: ${locale}}
canvas: {dimensions: {width: 400, height: 400, margins: [0, 0, 0, 0]}}
widgets:
${widgets}
`;

const calendar = `  - {id: cal, type: calendar, position: {x: 10, y: 60, width: 380, height: 320}, properties: {calendar_type: monthly, start_date: "2026-01-01"}}`;

describe("CJK text in a rendered PDF", () => {
  it("draws a Japanese calendar and text in Noto Sans JP subsets that extract as typed", async () => {
    const { bytes, result } = await renderYaml(
      page(
        "ja",
        `  - {id: t, type: text_block, content: "東京 Tokyo", position: {x: 10, y: 10, width: 380, height: 40}, styling: {font: DejaVu Sans Bold, size: 18}}
${calendar}`,
      ),
    );
    expect(result.diagnostics.filter((d) => d.message.includes("missing glyphs"))).toEqual([]);
    expect(embedded(bytes)).toEqual(["DejaVuSans", "DejaVuSans-Bold", "NotoSansJP-Bold", "NotoSansJP-Regular"]);
    const text = poppler("pdftotext", bytes);
    expect(text).toContain("東京");
    expect(text).toContain("Tokyo");
    expect(text).toMatch(/1月/);
    expect(text).toMatch(/月\s+火\s+水\s+木\s+金\s+土\s+日/);
    // Subsets: the PDF carries the few glyphs used (~10 KB in all), not the 5.5 MB font files.
    expect(bytes.byteLength).toBeLessThan(50_000);
  });

  it("uses Noto Sans SC for a Chinese calendar", async () => {
    const { bytes } = await renderYaml(page("zh", calendar));
    expect(embedded(bytes).filter((n) => n.startsWith("Noto"))).toEqual(["NotoSansSC-Regular"]);
    expect(poppler("pdftotext", bytes)).toContain("一月");
  });
});
