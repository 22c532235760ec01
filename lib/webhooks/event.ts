// The JSON body of a completion webhook. Built from the finished job row at each attempt (a
// finished row no longer changes), so every retry carries the same event with the same id.
import type { getJobForWebhook } from "@/lib/db/webhooks";
import type { JobStatus } from "@/lib/job-status";

type WebhookJob = NonNullable<Awaited<ReturnType<typeof getJobForWebhook>>>;

export type WebhookEvent = {
  /** The delivery id: the same on every retry, so receivers can drop duplicates. */
  id: string;
  type: `pdf.job.${JobStatus}`;
  created_at: string;
  job: {
    id: string;
    project_id: string | null;
    title: string;
    status: JobStatus;
    error_message: string | null;
    page_count: number | null;
    size_bytes: number | null;
    created_at: string;
    started_at: string | null;
    completed_at: string | null;
    /** Path of the PDF on this server (with an API token); null unless the job completed. */
    download_path: string | null;
    /** The same as a full URL when APP_URL is configured. */
    download_url: string | null;
  };
};

export function buildJobEvent(deliveryId: string, job: WebhookJob, appUrl: string | undefined): WebhookEvent {
  const downloadPath = job.status === "completed" ? `/api/pdf/jobs/${job.id}/download` : null;
  return {
    id: deliveryId,
    type: `pdf.job.${job.status}`,
    created_at: (job.completedAt ?? job.updatedAt).toISOString(),
    job: {
      id: job.id,
      project_id: job.projectId,
      title: job.title,
      status: job.status,
      error_message: job.errorMessage,
      page_count: job.pageCount,
      size_bytes: job.sizeBytes,
      created_at: job.createdAt.toISOString(),
      started_at: job.startedAt?.toISOString() ?? null,
      completed_at: job.completedAt?.toISOString() ?? null,
      download_path: downloadPath,
      download_url: downloadPath && appUrl ? new URL(downloadPath, appUrl).toString() : null,
    },
  };
}
