// §3.3: widths are advance widths without kerning or ligatures, and the page must draw what was
// measured. Strings full of kerning pairs are drawn in a base-14 font and in embedded ones; pdf.js's
// width of each drawn string (glyph widths plus any TJ adjustments) must equal measureText's.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { Font } from "@pdf-lib/standard-fonts";
import { measureText } from "@/lib/render/text-layout";
import { renderYaml } from "./render-case";

const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";
const SAMPLE = "AVAWAY To Wo LTA";
const FONTS = ["Helvetica", "Times-Roman", "DejaVu Sans", "Patrick Hand"];

describe("no kerning: measured and drawn widths agree", () => {
  it("draws each string exactly as wide as it was measured", async () => {
    const widgets = FONTS.map(
      (font, i) =>
        `  - {id: t${i}, type: text_block, position: {x: 10, y: ${10 + i * 40}, width: 400, height: 30}, content: "${SAMPLE}", styling: {font: "${font}", size: 20}}`,
    ).join("\n");
    const { bytes } = await renderYaml(`schema_version: "1.0"
metadata: {name: kerning, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 420, height: 200, margins: [0, 0, 0, 0]}}
widgets:
${widgets}
`);
    const doc = await getDocument({
      data: bytes.slice(),
      disableFontFace: true,
      isEvalSupported: false,
      standardFontDataUrl: STANDARD_FONTS,
    }).promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.filter((i) => "str" in i && i.str.trim() !== "") as {
      str: string;
      width: number;
    }[];
    await doc.destroy();
    expect(items.map((i) => i.str)).toEqual(FONTS.map(() => SAMPLE));
    items.forEach((item, i) => {
      const measured = measureText({ name: FONTS[i] ?? "", strict: false }, 20, SAMPLE);
      expect(item.width, FONTS[i]).toBeCloseTo(measured, 1);
    });
    // Helvetica has kerning pairs for this string: the unkerned width is the sum of its advances.
    const afm = Font.load("Helvetica" as never);
    const advances = [...SAMPLE].reduce((w, ch) => w + (afm.getWidthOfGlyph(ch === " " ? "space" : ch) ?? 0), 0);
    expect(items[0]?.width).toBeCloseTo((advances * 20) / 1000, 1);
  });
});
