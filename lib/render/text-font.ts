// Font selection for drawn text, delegated to the fonts module (§8): name resolution and the §8.3
// glyph fallback. pdfkit draws and measures with `face.src` (a base-14 name or a bundled file path).
import type { DiagnosticSink } from "./model";
import { resolveFont } from "./fonts";

export type ResolvedFont = { src: string | Uint8Array; key: string };

const cache = new Map<string, { font: ResolvedFont; warnings: { message: string; severity: "error" | "warning" }[] }>();

export function resolveTextFont(
  name: string,
  text: string,
  sink: DiagnosticSink,
  path: string,
  widgetId: string,
  strict = false,
): ResolvedFont {
  // Fallback depends on the name and the characters only, so results are cacheable per pair.
  const key = `${strict ? 1 : 0}\u0000${name}\u0000${text}`;
  let hit = cache.get(key);
  if (!hit) {
    const r = resolveFont(name, text, { strict });
    hit = {
      font: { src: r.face.src, key: r.face.key },
      warnings: r.diagnostics.map((d) => ({ message: d.message, severity: d.severity === "error" ? "error" : "warning" })),
    };
    if (cache.size > 50_000) cache.clear();
    cache.set(key, hit);
  }
  for (const w of hit.warnings) sink.push({ severity: w.severity, code: "font_fallback", path, message: w.message, widget_id: widgetId });
  return hit.font;
}
