// The optional CJK pack (§8.1, §8.3) in rendered PDFs: Japanese and Chinese calendars and text get real
// glyphs from Noto Sans JP / SC, embedded as small subsets, and the text extracts as typed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderYaml } from "@/tests/golden/render-case";

function poppler(tool: "pdffonts" | "pdftotext", pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "inkset-cjk-"));
  try {
    const file = path.join(dir, "in.pdf");
    writeFileSync(file, pdf);
    return execFileSync(tool, tool === "pdftotext" ? [file, "-"] : [file], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostScript names of the embedded subsets, without their six-letter tags. */
function embedded(pdf: Uint8Array): string[] {
  const names = poppler("pdffonts", pdf)
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? "");
  return [...new Set(names.filter((n) => n.includes("+")).map((n) => n.slice(n.indexOf("+") + 1)))].sort();
}

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
