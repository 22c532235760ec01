// The face a document's language is drawn in when its template names a standard font (§8.3). The
// base-14 fonts only have WinAnsi glyphs, so Polish `ą ę ł`, Czech `ř`, Turkish `ş ğ ı`, Romanian `ș ț`
// and every Cyrillic or Greek letter are outside them; left alone, each string that holds one moves to
// DejaVu while its neighbours stay in Helvetica, and a page mixes two faces. For those languages the
// whole document takes the standard font's DejaVu counterpart instead (Helvetica → DejaVu Sans, Times →
// DejaVu Serif, Courier → DejaVu Sans Mono), as CJK documents take the Noto pack. CJK languages are not
// listed: their Latin text stays in the template's font and the CJK glyphs come from Noto (registry.ts).
import type { Base14Face } from "./base14";

/** Letters each language writes beyond ASCII (lower case; upper case is derived). */
const LETTERS: Readonly<Record<string, string>> = {
  // Latin scripts
  pl: "ąćęłńóśźż",
  cs: "áčďéěíňóřšťúůýž",
  sk: "áäčďéíĺľňóôŕšťúýž",
  sl: "čšž",
  hr: "čćđšž",
  bs: "čćđšž",
  ro: "ăâîșț",
  tr: "çğıöşü",
  az: "çəğıöşü",
  hu: "áéíóöőúüű",
  lt: "ąčęėįšųūž",
  lv: "āčēģīķļņšūž",
  mt: "ċġħż",
  eo: "ĉĝĥĵŝŭ",
  vi: "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
  // Cyrillic
  ru: "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
  uk: "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
  be: "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
  bg: "абвгдежзийклмнопрстуфхцчшщъьюя",
  mk: "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
  sr: "абвгдђежзијклљмнњопрстћуфхцчџш",
  kk: "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
  // Greek
  el: "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
};

/** `pl-PL`, `pl_PL`, `PL` → `pl`. */
function language(locale: string | undefined): string {
  return (locale ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

const cache = new Map<string, boolean>();

/**
 * True when the document's language writes letters `font` cannot show, so its text (all of it, not only
 * the strings holding such letters) is drawn in the font's bundled counterpart. Symbol fonts never are.
 */
export function localeNeedsEmbeddedFace(font: Base14Face, locale: string | undefined): boolean {
  if (font.name === "Symbol" || font.name === "ZapfDingbats") return false;
  const lang = language(locale);
  const letters = LETTERS[lang];
  if (!letters) return false;
  const key = `${font.name}\u0000${lang}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = Array.from(letters + letters.toUpperCase()).some((ch) => !font.covers(ch.codePointAt(0) ?? 0));
    cache.set(key, hit);
  }
  return hit;
}

/** Languages whose documents draw standard fonts in their DejaVu counterparts (for the docs and tests). */
export function languagesWithEmbeddedFaces(font: Base14Face): string[] {
  return Object.keys(LETTERS).filter((lang) => localeNeedsEmbeddedFace(font, lang));
}
