// Font name resolution (§8.2) and glyph coverage fallback (§8.3). Decisions depend only on the name
// and the string, so the same input always gets the same faces.
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { fontKey, type FaceDef, type FontStyle } from "./catalog";
import { BASE14, type Base14Face } from "./base14";
import { localeNeedsEmbeddedFace } from "./locale-faces";
import { glyphAtCode, isSymbolicFont } from "./symbolic";
import { cjkFallbacks, coverage, faceByKey, faceFiles, faceOf } from "./registry";

/** One concrete font program: what react-pdf draws with and what pdfkit measures with. */
export type ResolvedFace = {
  /** react-pdf family (registered by registerBundledFonts, or a base-14 name). */
  family: string;
  fontWeight: number;
  fontStyle: FontStyle;
  /** For pdfkit's `font(src)`: a base-14 name or an absolute file path. */
  src: string;
  /** Stable cache key for measurements. */
  key: string;
  standard: boolean;
};

export type TextRun = { text: string; face: ResolvedFace };

export type ResolvedFont = {
  /** react-pdf `style.fontFamily`: the face first, then per-character fallbacks in order. */
  fontFamily: string[];
  fontWeight: number;
  fontStyle: FontStyle;
  /** The face the text is (mainly) drawn in. */
  face: ResolvedFace;
  /** `text` split into runs by the face each character is drawn in (same choice react-pdf makes). */
  runs: TextRun[];
  diagnostics: Diagnostic[];
};

/**
 * `locale` (the document's or widget's) orders the CJK pack (Chinese before Japanese for `zh`), and
 * moves a standard font's text to its DejaVu counterpart when the language writes letters the font lacks.
 */
export type ResolveFontOptions = { strict: boolean; path?: string; widgetId?: string; locale?: string };

const MAX_LISTED = 8;

function listChars(chars: readonly string[]): string {
  const shown = chars
    .slice(0, MAX_LISTED)
    .map((c) => JSON.stringify(c))
    .join(", ");
  return chars.length > MAX_LISTED ? `${shown} and ${chars.length - MAX_LISTED} more` : shown;
}

function standardFace(f: Base14Face): ResolvedFace {
  return { family: f.name, fontWeight: 400, fontStyle: "normal", src: f.name, key: f.name, standard: true };
}

function faceLabel(face: FaceDef): string {
  return face.style === "Regular" ? face.family : `${face.family} ${face.style}`;
}

type Choice = { kind: "standard"; face: Base14Face } | { kind: "embedded"; face: FaceDef };

function choose(name: string, report: (message: string) => void): Choice {
  const standard = BASE14.get(name);
  if (standard) return { kind: "standard", face: standard };
  const bundled = faceByKey(fontKey(name));
  if (bundled) return { kind: "embedded", face: bundled };
  const fallback = /courier/i.test(name) ? "Courier" : "Helvetica";
  report(`unknown font "${name}", using ${fallback}`);
  const face = BASE14.get(fallback);
  if (!face) throw new Error(`base-14 table lacks ${fallback}`);
  return { kind: "standard", face };
}

/**
 * Picks the fonts for drawing `text` with the template font `name` (§8.2, §8.3). Call
 * registerBundledFonts() once before rendering. Diagnostics are `font_fallback` warnings, errors in strict mode.
 */
export function resolveFont(name: string, text: string, options: ResolveFontOptions): ResolvedFont {
  const diagnostics: Diagnostic[] = [];
  const report = (message: string) =>
    diagnostics.push({
      severity: options.strict ? "error" : "warning",
      code: "font_fallback",
      path: options.path ?? "(root)",
      message,
      ...(options.widgetId ? { widget_id: options.widgetId } : {}),
    });

  const choice = choose(name, report);
  if (choice.kind === "embedded") {
    const face = choice.face;
    const c = cover(face, text, options.locale);
    for (const [fallback, chars] of c.fallbacks) {
      report(`${faceLabel(face)} has no glyphs for ${listChars(chars)}; those are drawn in ${faceLabel(fallback)}`);
    }
    reportUncovered(c, report);
    return resolved(face, c, diagnostics);
  }
  const std = choice.face;
  // A language the standard font cannot write (Polish, Czech, Cyrillic…) draws every string in the
  // font's DejaVu counterpart, so a page is one face, not Helvetica and DejaVu string by string.
  if (localeNeedsEmbeddedFace(std, options.locale)) {
    const localeFace = dejavuFor(std);
    const c = cover(localeFace, text, options.locale);
    reportUncovered(c, report);
    return resolved(localeFace, c, diagnostics);
  }
  const outside = uniqueChars(text, (cp) => !std.covers(cp));
  const face = standardFace(std);
  if (outside.length === 0) {
    return { fontFamily: [face.family], fontWeight: 400, fontStyle: "normal", face, runs: run(text, face), diagnostics };
  }
  // The whole string moves to DejaVu (§8.3); characters DejaVu lacks go on down its chain.
  const replacement = dejavuFor(std);
  const c = cover(replacement, text, options.locale);
  const drawnIn = [replacement, ...c.fallbacks.keys()].map(faceLabel).join(" and ");
  report(`${std.name} cannot show ${listChars(outside)}; text drawn in ${drawnIn}${legacyCodeHint(std.name, outside)}`);
  reportUncovered(c, report);
  return resolved(replacement, c, diagnostics);
}

function dejavuFor(std: Base14Face): FaceDef {
  const face = faceOf(std.dejavuFamily, std.weight, std.fontStyle);
  if (!face) throw new Error(`no bundled ${std.dejavuFamily} face`);
  return face;
}

type Coverage = {
  faces: ResolvedFace[];
  runs: TextRun[];
  /** Characters drawn by each fallback face, in chain order. */
  fallbacks: Map<FaceDef, string[]>;
  uncovered: string[];
};

/**
 * Assigns each character the first face in the chain that has it (§8.3): the face itself, its DejaVu
 * fallback, then the CJK pack when installed. The chain depends only on the face and locale.
 */
function cover(face: FaceDef, text: string, locale: string | undefined): Coverage {
  const members = [face, faceOf(face.fallbackFamily, face.weight, face.fontStyle), ...cjkFallbacks(face.weight, locale)];
  const chain = [...new Set(members)].flatMap((f) => (f ? faceFiles(f).map((file) => ({ file, face: f })) : []));
  const faces = chain.map(({ file, face: f }): ResolvedFace => ({
    family: file.family,
    fontWeight: f.weight,
    fontStyle: f.fontStyle,
    src: file.path,
    key: file.key,
    standard: false,
  }));
  const primary = faces[0];
  if (!primary) throw new Error(`face ${faceLabel(face)} has no files`);

  const runs: TextRun[] = [];
  const fallbacks = new Map<FaceDef, string[]>();
  const uncovered: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let index = cp < 0x20 ? 0 : chain.findIndex(({ file }) => coverage(file).has(cp));
    if (index < 0) {
      if (!uncovered.includes(ch)) uncovered.push(ch);
      index = 0; // drawn as the face's .notdef glyph, as react-pdf does
    } else {
      const used = chain[index]?.face;
      if (used && used !== face) {
        const chars = fallbacks.get(used) ?? [];
        if (!chars.includes(ch)) chars.push(ch);
        fallbacks.set(used, chars);
      }
    }
    const runFace = faces[index] ?? primary;
    const last = runs[runs.length - 1];
    if (last && last.face === runFace) last.text += ch;
    else runs.push({ text: ch, face: runFace });
  }
  return { faces, runs: runs.length > 0 ? runs : [{ text: "", face: primary }], fallbacks, uncovered };
}

function resolved(face: FaceDef, c: Coverage, diagnostics: Diagnostic[]): ResolvedFont {
  return {
    fontFamily: [...new Set(c.faces.map((f) => f.family))],
    fontWeight: face.weight,
    fontStyle: face.fontStyle,
    face: c.faces[0] as ResolvedFace,
    runs: c.runs,
    diagnostics,
  };
}

function reportUncovered(c: Coverage, report: (message: string) => void): void {
  if (c.uncovered.length > 0) report(`no bundled font can show ${listChars(c.uncovered)}; drawn as missing glyphs`);
}

/**
 * Older templates typed a symbol font's one-byte code ("4" for ZapfDingbats' ✔). Characters mean
 * themselves here, so the warning names the character to write instead.
 */
function legacyCodeHint(font: string, chars: readonly string[]): string {
  if (!isSymbolicFont(font)) return "";
  const pairs = chars
    .map((ch) => [ch, glyphAtCode(font, ch)] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .slice(0, 3);
  if (pairs.length === 0) return "";
  const shown = pairs.map(([ch, glyph]) => `${JSON.stringify(glyph)} instead of ${JSON.stringify(ch)}`).join(", ");
  return ` (${font} text is Unicode: write ${shown})`;
}

function run(text: string, face: ResolvedFace): TextRun[] {
  return [{ text, face }];
}

function uniqueChars(text: string, pick: (cp: number) => boolean): string[] {
  const out: string[] = [];
  for (const ch of text) if (pick(ch.codePointAt(0) ?? 0) && !out.includes(ch)) out.push(ch);
  return out;
}
