// The two symbolic base-14 fonts, Symbol and ZapfDingbats (§8.1, §8.2). Their glyphs are addressed
// through each font's built-in encoding, not WinAnsi: "α" is code 0x61 in Symbol, "✔" is 0x34 in
// ZapfDingbats. pdfkit knows neither encoding (it measures these fonts as 0 wide and labels their font
// dictionaries WinAnsi), so the Unicode ↔ code tables and the Adobe widths come from pdf-lib's
// standard-font data; the drawn text is pre-encoded here and finalise.ts drops the wrong /Encoding.
import { Encodings, Font, type EncodingType } from "@pdf-lib/standard-fonts";

export type SymbolicFontName = "Symbol" | "ZapfDingbats";

const ENCODINGS: Record<SymbolicFontName, EncodingType> = {
  Symbol: Encodings.Symbol,
  ZapfDingbats: Encodings.ZapfDingbats,
};

const metrics = new Map<SymbolicFontName, Font>();

function fontMetrics(name: SymbolicFontName): Font {
  let font = metrics.get(name);
  if (!font) {
    font = Font.load(name);
    metrics.set(name, font);
  }
  return font;
}

export function isSymbolicFont(name: string | Uint8Array): name is SymbolicFontName {
  return name === "Symbol" || name === "ZapfDingbats";
}

/** True when the font's built-in encoding has a glyph for `cp` (tabs and line breaks are layout). */
export function symbolicCovers(name: SymbolicFontName, cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return true;
  return ENCODINGS[name].canEncodeUnicodeCodePoint(cp);
}

/**
 * `text` as the one-byte codes of the font's built-in encoding, one UTF-16 unit per code. pdfkit writes
 * a standard font's character codes below 256 unchanged, so these reach the content stream as they are.
 * Callers resolve fonts first (§8.3), so every character is covered; anything else becomes a space.
 */
export function encodeSymbolic(name: SymbolicFontName, text: string): string {
  const encoding = ENCODINGS[name];
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += String.fromCharCode(encoding.canEncodeUnicodeCodePoint(cp) ? encoding.encodeUnicodeCodePoint(cp).code : 0x20);
  }
  return out;
}

/** Advance width of `text` in thousandths of the font size, from the font's Adobe metrics. */
export function symbolicWidth(name: SymbolicFontName, text: string): number {
  const encoding = ENCODINGS[name];
  const font = fontMetrics(name);
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!encoding.canEncodeUnicodeCodePoint(cp)) continue;
    width += font.getWidthOfGlyph(encoding.encodeUnicodeCodePoint(cp).name) ?? 0;
  }
  return width;
}

/**
 * What the font draws for a character typed as its legacy one-byte code (einkpdf-era templates wrote
 * "4" for ZapfDingbats' ✔). Used only to word the fallback warning; undefined when nothing is there.
 */
export function glyphAtCode(name: SymbolicFontName, ch: string): string | undefined {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x21 || code > 0xff) return undefined;
  const encoding = ENCODINGS[name];
  const cp = encoding.supportedCodePoints.find((c) => encoding.encodeUnicodeCodePoint(c).code === code);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}
