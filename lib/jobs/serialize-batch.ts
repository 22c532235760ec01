// The batch as the API sees it: the children's states and their aggregate. Its own file because the
// batch.completed webhook (lib/webhooks/batch-completed.ts) sends it too.
import type { BatchView } from "@/lib/db/batches";
import type { BatchJson } from "@/lib/jobs/batch-schema";
import { readStoredVariables } from "@/lib/jobs/variables";
import { JOB_STATUSES, type JobStatus } from "@/lib/job-status";

export function batchStatus(counts: Record<JobStatus, number>): BatchJson["status"] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (counts.processing > 0 || (counts.pending > 0 && counts.pending < total)) return "processing";
  if (counts.pending > 0) return "pending";
  if (counts.completed === total) return "completed";
  if (counts.completed > 0) return "partial";
  return counts.failed > 0 ? "failed" : "cancelled";
}

export function serializeBatch(b: BatchView): BatchJson {
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  for (const j of b.jobs) counts[j.status]++;
  return {
    id: b.id,
    title: b.title,
    status: batchStatus(counts),
    created_at: b.createdAt.toISOString(),
    counts,
    pages: b.jobs.reduce((sum, j) => sum + (j.status === "completed" ? (j.pageCount ?? 0) : 0), 0),
    jobs: b.jobs.map((j) => ({
      id: j.id,
      profile: j.profile,
      variables: readStoredVariables(j.variables),
      status: j.status,
      progress: (j.progress as BatchJson["jobs"][number]["progress"]) ?? null,
      page_count: j.pageCount,
      size_bytes: j.sizeBytes,
      error_message: j.errorMessage,
      completed_at: j.completedAt?.toISOString() ?? null,
    })),
  };
}
