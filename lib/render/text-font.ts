// Font selection for drawn text, delegated to the fonts module (§8): name resolution and the §8.3
// glyph fallback. pdfkit draws and measures with `face.src` (a base-14 name or a bundled file path).
import type { DiagnosticSink } from "./model";
import { resolveFont } from "./fonts";

export type FontRun = { text: string; src: string; key: string };
/** The face a string is drawn in; `name`/`standard` let embedded fonts fall back per character. */
export type ResolvedFont = { src: string | Uint8Array; key: string; name?: string; standard?: boolean; strict?: boolean; locale?: string };

const runCache = new Map<string, FontRun[]>();

/**
 * Split `text` into runs by the face each character is drawn in (§8.3): embedded fonts fall back per
 * character to DejaVu; base-14 fonts already switched the whole string when needed.
 */
export function fontRuns(font: ResolvedFont, text: string): FontRun[] {
  if (font.standard !== false || font.name === undefined || typeof font.src !== "string") {
    return [{ text, src: typeof font.src === "string" ? font.src : font.key, key: font.key }];
  }
  const key = `${font.locale ?? ""}\u0000${font.name}\u0000${text}`;
  let runs = runCache.get(key);
  if (!runs) {
    runs = resolveFont(font.name, text, { strict: font.strict ?? false, locale: font.locale }).runs.map((r) => ({ text: r.text, src: r.face.src, key: r.face.key }));
    if (runCache.size > 50_000) runCache.clear();
    runCache.set(key, runs);
  }
  return runs;
}

const cache = new Map<string, { font: ResolvedFont; warnings: { message: string; severity: "error" | "warning" }[] }>();

export function resolveTextFont(
  name: string,
  text: string,
  sink: DiagnosticSink,
  path: string,
  widgetId: string,
  strict = false,
  locale?: string,
): ResolvedFont {
  // Fallback depends on the name, the characters and the locale only, so results are cacheable.
  const key = `${strict ? 1 : 0}\u0000${locale ?? ""}\u0000${name}\u0000${text}`;
  let hit = cache.get(key);
  if (!hit) {
    const r = resolveFont(name, text, { strict, locale });
    hit = {
      font: { src: r.face.src, key: r.face.key, name, standard: r.face.standard, strict, locale },
      warnings: r.diagnostics.map((d) => ({ message: d.message, severity: d.severity === "error" ? "error" : "warning" })),
    };
    if (cache.size > 50_000) cache.clear();
    cache.set(key, hit);
  }
  for (const w of hit.warnings) sink.push({ severity: w.severity, code: "font_fallback", path, message: w.message, widget_id: widgetId });
  return hit.font;
}
