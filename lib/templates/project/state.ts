// Mutable state shared by the instantiation, link and navigation passes of one compilation.
import type { Instance } from "./paths";
import type { DiagnosticSink } from "../sink";
import type { WidgetOrigin } from "./source-map";

export type AnchorRecord = { id: string; page: number; x: number; y: number; path: string; instance: Instance; widgetId: string };

export type LinkRecord = {
  widget: Record<string, unknown>;
  /** Substituted, not yet normalised. */
  target: string;
  suppressed: boolean;
  path: string;
  instance: Instance;
  widgetId: string;
};

export type CompileState = {
  widgets: Record<string, unknown>[];
  anchors: AnchorRecord[];
  links: LinkRecord[];
  sink: DiagnosticSink;
  /** Widgets removed by the link pass (an invisible tap_zone without a target would link to its own page). */
  dropped: Set<Record<string, unknown>>;
  /** Master widget each output widget came from, for mapping diagnostics back (source-map.ts). */
  origins: Map<Record<string, unknown>, WidgetOrigin>;
};

/** Structural copy of plain YAML data (no cycles, no class instances); hot path, so plain loops. */
export function copyData(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copyData(v[i]);
    return out;
  }
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    if (!Object.prototype.hasOwnProperty.call(src, k)) continue;
    // A "__proto__" key in the data is data: assigning it would set the copy's prototype instead.
    if (k === "__proto__") Object.defineProperty(out, k, { value: copyData(src[k]), enumerable: true, writable: true, configurable: true });
    else out[k] = copyData(src[k]);
  }
  return out;
}

export function num(v: unknown, fallback: number): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return fallback;
}
