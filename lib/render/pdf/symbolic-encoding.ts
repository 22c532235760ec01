// pdfkit labels every standard font WinAnsiEncoding. For Symbol and ZapfDingbats that is wrong: their
// glyphs are named in each font's built-in encoding, and a reader applying WinAnsi looks for glyphs such
// as "a" that these fonts lack. Dropping /Encoding makes readers use the built-in one (PDF 32000-1
// §9.6.6.2), which is what the codes written by fonts/symbolic.ts address. ZapfDingbats' glyph names
// (a1, a2, …) mean nothing to text extraction, so both fonts also get a /ToUnicode CMap (§9.10.3) that
// maps each one-byte code back to the character the template wrote: search and copy then find "✔".
import { deflateSync } from "node:zlib";
import { Encodings } from "@pdf-lib/standard-fonts";
import { PDFDict, PDFName, PDFRawStream, type PDFDocument, type PDFRef } from "pdf-lib";

const SYMBOLIC = { "/Symbol": Encodings.Symbol, "/ZapfDingbats": Encodings.ZapfDingbats } as const;

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, "0");

/** A one-byte-code → Unicode CMap of the font's built-in encoding. */
export function toUnicodeCmap(encoding: (typeof SYMBOLIC)[keyof typeof SYMBOLIC]): string {
  const pairs = encoding.supportedCodePoints
    .map((cp) => [encoding.encodeUnicodeCodePoint(cp).code, cp] as const)
    .sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  // At most 100 entries per bfchar block (§9.7.5.4).
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    const utf16 = (cp: number) => Buffer.from(String.fromCodePoint(cp), "utf16le").swap16().toString("hex").toUpperCase();
    blocks.push(`${block.length} beginbfchar\n${block.map(([code, cp]) => `<${hex(code, 2)}> <${utf16(cp)}>`).join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange\n<00> <FF>\nendcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

export function restoreSymbolEncodings(doc: PDFDocument): void {
  const ctx = doc.context;
  const seen = new Set<PDFDict>();
  const cmaps = new Map<string, PDFRef>();
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
    if (!fonts) continue;
    for (const value of fonts.values()) {
      const font = ctx.lookupMaybe(value, PDFDict);
      if (!font || seen.has(font)) continue;
      seen.add(font);
      const base = font.get(PDFName.of("BaseFont"));
      const name = base instanceof PDFName ? base.asString() : "";
      if (name !== "/Symbol" && name !== "/ZapfDingbats") continue;
      font.delete(PDFName.of("Encoding"));
      let cmap = cmaps.get(name);
      if (!cmap) {
        const data = deflateSync(Buffer.from(toUnicodeCmap(SYMBOLIC[name]), "latin1"));
        cmap = ctx.register(PDFRawStream.of(ctx.obj({ Filter: "FlateDecode", Length: data.length }), data));
        cmaps.set(name, cmap);
      }
      font.set(PDFName.of("ToUnicode"), cmap);
    }
  }
}
