// A glyph run for text drawn one glyph per character (§3.3, text-layout.ts), read straight from the
// font's character map with advance widths, as metrics.ts measures it. fontkit's layout reaches the
// same glyphs and advances for such text with kerning and ligatures off (checked for every string a
// planner draws in all its locales and themes), but runs its whole shaping engine to get there: about
// a third of a millisecond per string, a tenth of a themed year planner's render. Text that shaping
// can change (combining marks, joiners, scripts that join or reorder, emoji sequences) still goes to
// fontkit.
import type { Font, Glyph } from "fontkit";

/** Characters whose glyphs a shaping engine may change even with kerning and ligatures off. */
const SHAPED =
  /[\p{M}\u0590-\u08FF\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1780-\u18AF\u200C\u200D\uFB1D-\uFDFF\uFE70-\uFEFF\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;

type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
export type SimpleRun = { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };

/**
 * The run pdfkit's embedded font (`scale`: its units per em to thousandths) would make from fontkit's
 * layout for `text`, in the same shape (positions in thousandths, each with its advanceWidth); undefined
 * when the text needs shaping.
 */
export function simpleRun(face: Font, scale: number, text: string): SimpleRun | undefined {
  if (SHAPED.test(text)) return undefined;
  const glyphs = face.glyphsForString(text);
  let advanceWidth = 0;
  const positions = glyphs.map((g) => {
    const w = g.advanceWidth * scale;
    advanceWidth += w;
    return { xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w };
  });
  return { glyphs, positions, advanceWidth };
}
