// pdfkit labels every standard font WinAnsiEncoding. For Symbol and ZapfDingbats that is wrong: their
// glyphs are named in each font's built-in encoding, and a reader applying WinAnsi looks for glyphs such
// as "a" that these fonts lack. Dropping /Encoding makes readers use the built-in one (PDF 32000-1
// §9.6.6.2), which is what the codes written by fonts/symbolic.ts address.
import { PDFDict, PDFName, type PDFDocument } from "pdf-lib";

const SYMBOLIC = new Set(["/Symbol", "/ZapfDingbats"]);

export function restoreSymbolEncodings(doc: PDFDocument): void {
  const seen = new Set<PDFDict>();
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
    if (!fonts) continue;
    for (const value of fonts.values()) {
      const font = doc.context.lookupMaybe(value, PDFDict);
      if (!font || seen.has(font)) continue;
      seen.add(font);
      const base = font.get(PDFName.of("BaseFont"));
      if (base instanceof PDFName && SYMBOLIC.has(base.asString())) font.delete(PDFName.of("Encoding"));
    }
  }
}
