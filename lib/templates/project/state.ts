// Mutable state shared by the instantiation, link and navigation passes of one compilation.
import type { Instance } from "./paths";
import type { DiagnosticSink } from "./sink";

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
};

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Structural copy of plain YAML data (no cycles, no class instances). */
export function copyData(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyData);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = copyData(x);
    return out;
  }
  return v;
}

export function num(v: unknown, fallback: number): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return fallback;
}
