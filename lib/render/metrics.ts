// Text measurement with the same font programs pdfkit draws with, so wrapping (§3.3) matches the
// glyphs on the page. One off-screen pdfkit document is kept per process; it never writes output.
import PDFDocument from "pdfkit";
import { isSymbolicFont, symbolicWidth } from "./fonts/symbolic";

let measurer: PDFDocument | null = null;
const cache = new Map<string, number>();

function doc(): PDFDocument {
  measurer ??= new PDFDocument({ autoFirstPage: false });
  return measurer;
}

/** Advance width of `text` in `font` at `size` pt. Results are cached per font and string. */
export function textWidth(font: string | Uint8Array, fontKey: string, size: number, text: string): number {
  if (text === "") return 0;
  const key = `${fontKey}\u0000${text}`;
  let unit = cache.get(key);
  if (unit === undefined) {
    // pdfkit looks Symbol and ZapfDingbats glyphs up by WinAnsi names and finds none.
    unit = isSymbolicFont(font) ? symbolicWidth(font, text) / 1000 : doc().font(font).fontSize(1000).widthOfString(text) / 1000;
    if (cache.size > 200_000) cache.clear();
    cache.set(key, unit);
  }
  return unit * size;
}
