// What follows every change of a job to a final state, wherever it happens (the pipeline, a runner
// giving up, a cancel): the job event quotas and the dashboard count, then the webhook events of
// registered endpoints (and the batch's, when this was its last child).
import { recordJobTransition } from "@/lib/db/job-events";
import { logger } from "@/lib/log";
import { notifyJobFinished, type FinishedStatus } from "@/lib/webhooks/notify";

export async function recordJobFinished(jobId: string, status: FinishedStatus, error?: string): Promise<void> {
  await recordJobTransition(jobId, status, error);
  try {
    await notifyJobFinished(jobId, status);
  } catch (err) {
    // The job's state is already committed; a failed fan-out must not turn the run into a retry.
    logger.error({ module: "webhooks", jobId, err }, "webhook events for a finished job could not be written");
  }
}
