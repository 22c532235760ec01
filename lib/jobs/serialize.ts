// The job as the API (and the UI's polling hook) sees it: snake_case, ISO timestamps.
import type { JobView } from "@/lib/db/jobs";
import { readStoredRenderOptions } from "@/lib/jobs/render-options";
import { readStoredVariables } from "@/lib/jobs/variables";
import type { JobJson, JobProgress } from "@/lib/jobs/schema";
import type { JobStatus } from "@/lib/job-status";

export type { JobJson, JobProgress } from "@/lib/jobs/schema";

export function asProgress(value: unknown): JobProgress | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.phase !== "string" || typeof v.done !== "number" || typeof v.total !== "number") return null;
  return { phase: v.phase, done: v.done, total: v.total };
}

export function serializeJob(job: JobView): JobJson {
  const hook = job.webhookDeliveries[0];
  return {
    id: job.id,
    project_id: job.projectId,
    project_name: job.project?.name ?? null,
    project_version: job.projectVersion?.number ?? null,
    title: job.title,
    status: job.status,
    error_message: job.errorMessage,
    size_bytes: job.sizeBytes,
    page_count: job.pageCount,
    created_at: job.createdAt.toISOString(),
    started_at: job.startedAt?.toISOString() ?? null,
    completed_at: job.completedAt?.toISOString() ?? null,
    progress: asProgress(job.progress),
    diagnostics:
      job.diagnostics && typeof job.diagnostics === "object" && !Array.isArray(job.diagnostics)
        ? (job.diagnostics as Record<string, unknown>)
        : null,
    attempts: job.attempts,
    profile: job.profile,
    render_options: readStoredRenderOptions(job.renderOptions),
    variables: readStoredVariables(job.variables),
    webhook: hook
      ? {
          url: hook.url,
          status: hook.status,
          attempts: hook.attempts,
          last_status_code: hook.lastStatusCode,
          last_error: hook.lastError,
          delivered_at: hook.deliveredAt?.toISOString() ?? null,
        }
      : null,
    email: job.mailMessage ? { status: job.mailMessage.status, sent_at: job.mailMessage.sentAt?.toISOString() ?? null } : null,
  };
}

/** A download file name from the job title: letters, digits, spaces, dots, dashes. */
export function downloadFileName(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[^\w .-]+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return `${base || "planner"}.pdf`;
}
