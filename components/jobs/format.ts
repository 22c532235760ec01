// Display helpers for job figures. Locale-dependent output is produced in the browser only.
import type { JobJson } from "@/lib/jobs/serialize";
import type { JobStatus } from "@/lib/job-status";
import type { BadgeTone } from "@/components/ui/badge";

export { formatBytes } from "@/lib/format-bytes";

export function formatDuration(ms: number | null): string {
  if (ms === null || ms < 0) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function jobDurationMs(job: Pick<JobJson, "started_at" | "completed_at">, now = Date.now()): number | null {
  if (!job.started_at) return null;
  const end = job.completed_at ? Date.parse(job.completed_at) : now;
  return end - Date.parse(job.started_at);
}

export const STATUS_LABEL: Record<JobStatus, string> = {
  pending: "Waiting",
  processing: "Rendering",
  completed: "Ready",
  failed: "Failed",
  cancelled: "Cancelled",
};

export const STATUS_TONE: Record<JobStatus, BadgeTone> = {
  pending: "neutral",
  processing: "info",
  completed: "success",
  failed: "danger",
  cancelled: "warning",
};

export const STATUS_ICON: Record<JobStatus, string> = {
  pending: "◷",
  processing: "↻",
  completed: "✓",
  failed: "✕",
  cancelled: "⊘",
};

const PHASE_LABEL: Record<string, string> = {
  queued: "Waiting for a free renderer",
  parse: "Reading the template",
  compile: "Compiling pages",
  layout: "Laying out pages",
  write: "Writing the PDF",
  done: "Done",
};

/** 0–100 across the phases, from the renderer's real page counts. */
export function progressPercent(job: Pick<JobJson, "status" | "progress">): number {
  if (job.status === "completed") return 100;
  const p = job.progress;
  if (!p) return 0;
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  // Layout and writing dominate a render; parsing and compiling are quick.
  const spans: Record<string, [number, number]> = {
    queued: [0, 0],
    parse: [0, 5],
    compile: [5, 10],
    layout: [10, 55],
    write: [55, 99],
    done: [100, 100],
  };
  const [from, to] = spans[p.phase] ?? [0, 0];
  return Math.round(from + (to - from) * share);
}

export function progressLabel(job: Pick<JobJson, "status" | "progress">): string {
  const p = job.progress;
  if (!p) return job.status === "pending" ? PHASE_LABEL.queued! : "Starting";
  const label = PHASE_LABEL[p.phase] ?? p.phase;
  return p.total > 1 && p.phase !== "done" ? `${label} · ${p.done} of ${p.total}` : label;
}

/** Warnings a finished job recorded (missing images, unknown fonts…); 0 when none. */
export function warningCount(job: Pick<JobJson, "diagnostics">): number {
  const d = job.diagnostics ?? {};
  if (typeof d.warning_count === "number") return d.warning_count;
  return Array.isArray(d.warnings) ? d.warnings.length : 0;
}
