// The PDF standard fonts (§8.2 step 1) and the WinAnsi repertoire they can show (§8.3).
import type { FontStyle } from "./catalog";
import { MONO, SANS, SERIF } from "./catalog";
import { symbolicCovers } from "./symbolic";

export type Base14Face = {
  name: string;
  weight: number;
  fontStyle: FontStyle;
  /** The DejaVu family a string is drawn in when this font cannot show all of it (§8.3). */
  dejavuFamily: string;
  /** Characters the font's encoding can show: WinAnsi for text faces, the built-in one for symbols. */
  covers: (cp: number) => boolean;
};

function family(names: readonly [string, string, string, string], dejavuFamily: string): Base14Face[] {
  const [regular, bold, italic, boldItalic] = names;
  return [
    { name: regular, weight: 400, fontStyle: "normal", dejavuFamily, covers: isWinAnsi },
    { name: bold, weight: 700, fontStyle: "normal", dejavuFamily, covers: isWinAnsi },
    { name: italic, weight: 400, fontStyle: "italic", dejavuFamily, covers: isWinAnsi },
    { name: boldItalic, weight: 700, fontStyle: "italic", dejavuFamily, covers: isWinAnsi },
  ];
}

/** The fourteen standard fonts, drawn non-embedded with their Adobe metrics. */
export const BASE14: ReadonlyMap<string, Base14Face> = new Map(
  [
    ...family(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"], SANS),
    ...family(["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"], SERIF),
    ...family(["Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"], MONO),
    ...(["Symbol", "ZapfDingbats"] as const).map((name) => ({
      name,
      weight: 400,
      fontStyle: "normal" as const,
      dejavuFamily: SANS,
      covers: (cp: number) => symbolicCovers(name, cp),
    })),
  ].map((f) => [f.name, f]),
);

// Windows-1252 code points 0x80–0x9F that WinAnsiEncoding maps to other Unicode characters.
const WINANSI_EXTRA = new Set(Array.from("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", (c) => c.codePointAt(0) ?? 0));

/** True when a standard font can show `cp` (line breaks and tabs are layout, not glyphs). */
export function isWinAnsi(cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return true;
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0xff) return true;
  return WINANSI_EXTRA.has(cp);
}

/** True for the name of a standard font (drawn by name, not from a file). */
export function isStandardName(name: string): boolean {
  return BASE14.has(name);
}
