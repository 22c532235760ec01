// Font selection for drawn text (§8): one path for every string any widget measures or draws. A
// widget's style names the template font (`FontSpec`); the faces are chosen here per string, never
// per widget, so the §8.2 name resolution and the §8.3 per-glyph fallback (DejaVu, then the CJK pack)
// see the very characters that are drawn.
import type { DiagnosticSink } from "./model";
import { resolveFont } from "./fonts";

/** What a style asks for: the template font name, and what the fallback depends on. */
export type FontSpec = Readonly<{ name: string; strict: boolean; locale?: string }>;

/** A run of characters drawn in one face: `src` is a base-14 name or a font file path. */
export type FontRun = { text: string; src: string; key: string; standard: boolean };

type Resolution = { runs: FontRun[]; warnings: { message: string; severity: "error" | "warning" }[] };

/**
 * Resolutions per font spec, then per text. Faces depend on the name, the characters, the locale and
 * strictness only, so results are cacheable. A widget's style is one FontSpec object that every
 * measure and draw of its text passes, so the spec's table is found by identity first: building a
 * `name + text` key on each of those calls cost more than the lookup.
 */
const bySpecKey = new Map<string, Map<string, Resolution>>();
let bySpec = new WeakMap<FontSpec, Map<string, Resolution>>();
let cached = 0;
const MAX_CACHED = 50_000;

function tableFor(spec: FontSpec): Map<string, Resolution> {
  let table = bySpec.get(spec);
  if (!table) {
    const key = `${spec.strict ? 1 : 0}\u0000${spec.locale ?? ""}\u0000${spec.name}`;
    table = bySpecKey.get(key);
    if (!table) bySpecKey.set(key, (table = new Map()));
    bySpec.set(spec, table);
  }
  return table;
}

function resolution(spec: FontSpec, text: string): Resolution {
  const table = tableFor(spec);
  let hit = table.get(text);
  if (!hit) {
    const r = resolveFont(spec.name, text, { strict: spec.strict, locale: spec.locale });
    hit = {
      runs: r.runs.map((run) => ({ text: run.text, src: run.face.src, key: run.face.key, standard: run.face.standard })),
      warnings: r.diagnostics.map((d) => ({ message: d.message, severity: d.severity === "error" ? "error" : "warning" })),
    };
    if (++cached > MAX_CACHED) {
      bySpecKey.clear();
      bySpec = new WeakMap();
      cached = 1;
      tableFor(spec).set(text, hit);
      return hit;
    }
    table.set(text, hit);
  }
  return hit;
}

/** `text` split into runs by the face each character is drawn in (§8.2, §8.3). */
export function fontRuns(spec: FontSpec, text: string): FontRun[] {
  return resolution(spec, text).runs;
}

/** Reports the §8.3 `font_fallback` diagnostics of drawing `text` (the sink keeps each message once). */
export function reportFontFallback(
  spec: FontSpec,
  text: string,
  sink: DiagnosticSink,
  path: string,
  widgetId: string,
  page?: number,
): void {
  for (const w of resolution(spec, text).warnings) {
    sink.push({
      severity: w.severity,
      code: "font_fallback",
      path,
      message: w.message,
      widget_id: widgetId,
      ...(page !== undefined ? { page } : {}),
    });
  }
}
