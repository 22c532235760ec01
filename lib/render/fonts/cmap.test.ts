// The cmap reader must agree with fontkit (what react-pdf and pdfkit use) on which characters a font
// has, or per-character fallback and measurement would pick different fonts than the drawing does.
import { Font } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { BUNDLED_FACES } from "./catalog";
import { readCoverage } from "./cmap";
import { registerBundledFonts } from "./react-pdf";
import { coverage, faceFiles } from "./registry";

describe("cmap coverage", () => {
  registerBundledFonts();
  const files = BUNDLED_FACES.flatMap((face) => faceFiles(face).map((file) => ({ face, file })));

  it.each(files.map(({ face, file }) => [file.key, face, file] as const))("matches fontkit for %s", async (_key, face, file) => {
    const descriptor = { fontFamily: file.family, fontWeight: face.weight, fontStyle: face.fontStyle };
    await Font.load(descriptor);
    const font = Font.getFont(descriptor).data;
    if (!font) throw new Error("font did not load");
    const ours = coverage(file);
    const differences: number[] = [];
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (ours.has(cp) !== font.hasGlyphForCodePoint(cp)) differences.push(cp);
    }
    expect(differences.slice(0, 10)).toEqual([]);
    expect(ours.size).toBeGreaterThan(90);
  });

  it("rejects files that are not fonts", () => {
    expect(() => readCoverage(Buffer.from("definitely not a font file at all"))).toThrow();
  });
});
