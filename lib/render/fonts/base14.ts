// The PDF standard fonts (§8.2 step 1) and the WinAnsi repertoire they can show (§8.3).
import type { FontStyle } from "./catalog";
import { MONO, SANS, SERIF } from "./catalog";

export type Base14Face = { name: string; weight: number; fontStyle: FontStyle; dejavuFamily: string };

function family(names: readonly [string, string, string, string], dejavuFamily: string): Base14Face[] {
  const [regular, bold, italic, boldItalic] = names;
  return [
    { name: regular, weight: 400, fontStyle: "normal", dejavuFamily },
    { name: bold, weight: 700, fontStyle: "normal", dejavuFamily },
    { name: italic, weight: 400, fontStyle: "italic", dejavuFamily },
    { name: boldItalic, weight: 700, fontStyle: "italic", dejavuFamily },
  ];
}

/** The twelve text faces react-pdf can draw as non-embedded standard fonts. */
export const BASE14_TEXT: ReadonlyMap<string, Base14Face> = new Map(
  [
    ...family(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"], SANS),
    ...family(["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"], SERIF),
    ...family(["Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"], MONO),
  ].map((f) => [f.name, f]),
);

/** Base-14 symbol fonts: valid names, but react-pdf 4.9 cannot draw them (no AFM data shipped). */
export const BASE14_SYMBOL = new Set(["Symbol", "ZapfDingbats"]);

// Windows-1252 code points 0x80–0x9F that WinAnsiEncoding maps to other Unicode characters.
const WINANSI_EXTRA = new Set(
  Array.from("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", (c) => c.codePointAt(0) ?? 0),
);

/** True when a standard font can show `cp` (line breaks and tabs are layout, not glyphs). */
export function isWinAnsi(cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return true;
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0xff) return true;
  return WINANSI_EXTRA.has(cp);
}
