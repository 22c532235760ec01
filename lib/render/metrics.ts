// Text measurement (§3.3): advance widths without kerning or ligatures, one glyph per character, from
// the same font programs the page is drawn with (painter.ts draws with kerning and ligatures off, so
// measured and drawn widths agree). Base-14 widths come from the Adobe metrics pdf-lib ships.
import { Encodings, Font, type FontNames } from "@pdf-lib/standard-fonts";
import { openFace } from "./fonts/face";
import { isSymbolicFont, symbolicWidth } from "./fonts/symbolic";
import { isStandardName } from "./fonts/base14";

const cache = new Map<string, number>();
const afm = new Map<string, Font>();

/** Width of `text` in a WinAnsi base-14 font, in thousandths of the font size. */
function standardWidth(name: string, text: string): number {
  let font = afm.get(name);
  if (!font) {
    font = Font.load(name as FontNames);
    afm.set(name, font);
  }
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Fonts are resolved first (§8.3), so every character here is in WinAnsi; anything else adds nothing.
    if (!Encodings.WinAnsi.canEncodeUnicodeCodePoint(cp)) continue;
    width += font.getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(cp).name) ?? 0;
  }
  return width;
}

function embeddedWidth(path: string, text: string): number {
  const face = openFace(path);
  let width = 0;
  for (const glyph of face.glyphsForString(text)) width += glyph.advanceWidth;
  return (width * 1000) / face.unitsPerEm;
}

/** Advance width of `text` in `font` (a base-14 name or a font file path) at `size` pt. Cached per font and string. */
export function textWidth(font: string, fontKey: string, size: number, text: string): number {
  if (text === "") return 0;
  const key = `${fontKey}\u0000${text}`;
  let unit = cache.get(key);
  if (unit === undefined) {
    unit =
      (isSymbolicFont(font) ? symbolicWidth(font, text) : isStandardName(font) ? standardWidth(font, text) : embeddedWidth(font, text)) /
      1000;
    if (cache.size > 200_000) cache.clear();
    cache.set(key, unit);
  }
  return unit * size;
}
