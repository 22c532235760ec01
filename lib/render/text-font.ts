// Font selection for drawn text. The fonts module (lib/render/fonts, owned separately) resolves names,
// bundled files and glyph fallback (§8); until it is wired in, base-14 names are used as is and anything
// else falls back to Helvetica with a `font_fallback` warning, as §8.2 step 4 prescribes.
import type { DiagnosticSink } from "./model";

export type ResolvedFont = { src: string | Uint8Array; key: string };

const BASE14 = new Set([
  "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
  "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
  "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
  "Symbol", "ZapfDingbats",
]);

export type FontResolver = (name: string, text: string) => ResolvedFont & { warning?: string };

let external: FontResolver | null = null;

/** Lets the fonts module take over resolution (called once at start-up by render.ts). */
export function setFontResolver(resolver: FontResolver | null): void {
  external = resolver;
}

export function resolveTextFont(
  name: string,
  text: string,
  sink: DiagnosticSink,
  path: string,
  widgetId: string,
): ResolvedFont {
  if (external) {
    const r = external(name, text);
    if (r.warning) sink.push({ severity: "warning", code: "font_fallback", path, message: r.warning, widget_id: widgetId });
    return { src: r.src, key: r.key };
  }
  if (BASE14.has(name)) return { src: name, key: name };
  const fallback = /courier/i.test(name) ? "Courier" : "Helvetica";
  sink.push({
    severity: "warning",
    code: "font_fallback",
    path,
    message: `unknown font "${name}", using ${fallback}`,
    widget_id: widgetId,
  });
  return { src: fallback, key: fallback };
}
