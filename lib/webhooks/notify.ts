// Turns finished jobs and batches into endpoint deliveries (and a batch's own webhook_url delivery).
// Called once per state change, right after the row changed (lib/jobs/job-finished.ts); the
// dispatcher sends the rows. A batch is announced exactly once: the first caller to see every
// child final claims the batch row, any other caller finds it claimed.
import { claimBatchNotification, getBatchForNotification } from "@/lib/db/batches";
import { endpointsFor, insertEndpointDelivery, newMessageId } from "@/lib/db/webhook-endpoints";
import { getJobForWebhook } from "@/lib/db/webhooks";
import { env } from "@/lib/env";
import { ACTIVE_STATUSES } from "@/lib/job-status";
import { serializeBatch } from "@/lib/jobs/serialize-batch";
import { batchPayload, jobPayload } from "@/lib/webhooks/endpoint-events";

export type FinishedStatus = "completed" | "failed" | "cancelled";

export async function notifyJobFinished(jobId: string, status: FinishedStatus): Promise<void> {
  const job = await getJobForWebhook(jobId);
  if (!job) return;
  const type = `job.${status}` as const;
  const endpoints = await endpointsFor(job.ownerId, type);
  if (endpoints.length > 0) {
    const payload = jobPayload(type, job, env.APP_URL);
    for (const e of endpoints) await insertEndpointDelivery({ endpointId: e.id, url: e.url, eventType: type, payload, jobId });
  }
  if (job.batchId) await notifyBatchIfFinished(job.batchId);
}

export async function notifyBatchIfFinished(batchId: string, now = new Date()): Promise<boolean> {
  const batch = await getBatchForNotification(batchId);
  if (!batch || batch.completedNotifiedAt) return false;
  if (batch.jobs.length === 0 || batch.jobs.some((j) => ACTIVE_STATUSES.includes(j.status))) return false;
  if (!(await claimBatchNotification(batchId, now))) return false;
  const json = serializeBatch(batch);
  const payload = batchPayload(json, now);
  for (const e of await endpointsFor(batch.ownerId, "batch.completed")) {
    await insertEndpointDelivery({ endpointId: e.id, url: e.url, eventType: "batch.completed", payload, batchId });
  }
  if (batch.webhookUrl) {
    // The batch's own webhook_url: the Inkset-Signature scheme and event shape of a job's webhook_url.
    const eventId = newMessageId();
    await insertEndpointDelivery({
      endpointId: null,
      url: batch.webhookUrl,
      eventType: "pdf.batch.completed",
      eventId,
      payload: { id: eventId, type: "pdf.batch.completed", created_at: now.toISOString(), batch: json },
      batchId,
    });
  }
  return true;
}
