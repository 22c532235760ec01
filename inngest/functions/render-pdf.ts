// Renders one PDF job on Inngest: the same runRenderJob pipeline as the local worker (claim-job →
// render-and-upload → mark-completed / mark-failed); this file only decides how it is scheduled.
import { env } from "@/lib/env";
import { markJobFailed } from "@/lib/db/jobs";
import { AppError } from "@/lib/errors";
import { inngestStepRunner, type InngestStepLike } from "@/lib/jobs/inngest-step-runner";
import { runRenderJob } from "@/lib/jobs/pipeline";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import { inngest } from "@/lib/jobs/queue/inngest-client";
import { jobCancelled, jobRequested } from "@/lib/jobs/queue/inngest-events";

export const RENDER_PDF_ID = "render-pdf";
export const DELIVER_WEBHOOK_STEP = "deliver-webhook";

/** Transient failures (storage, a crashed renderer) get this many retries per step. */
export const RENDER_RETRIES = 2;

/**
 * The whole run, from its first step: every attempt may take the full render timeout, plus
 * retry backoff and the short claim/finalize steps. No start timeout: a job queued behind the
 * per-user or global concurrency limit must wait, not be cancelled.
 */
export function renderFinishTimeout(timeoutSeconds = env.PDF_TIMEOUT_SECONDS): `${number}s` {
  return `${timeoutSeconds * (RENDER_RETRIES + 1) + 600}s`;
}

// Pro jobs jump up to 2 minutes ahead of free jobs queued at the same time (range is -600..600 s).
export const RENDER_PRIORITY = `event.data.plan == "pro" ? 120 : 0`;

export const RETRIES_EXHAUSTED_MESSAGE = "Rendering failed after several attempts; please try again later";

/** Message for the job row when the run failed for good (retries exhausted, internal error). */
export function runFailureMessage(error: unknown): string {
  // AppError messages are written for users; anything else might carry internals.
  if (error instanceof AppError) return error.message;
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  if (name === "AppError" && typeof message === "string") return message;
  return RETRIES_EXHAUSTED_MESSAGE;
}

/** Used by onFailure; also the body of the failure test. A finished or cancelled row is left alone. */
export async function failJobAfterRunFailure(jobId: string | undefined, error: unknown): Promise<boolean> {
  if (!jobId) return false;
  return markJobFailed(jobId, null, runFailureMessage(error));
}

/**
 * The function body: the shared pipeline with Inngest's step runner. The lease owner is the run id,
 * so a retry of this run may resume the job and a duplicate run may not.
 */
export function renderJobOnInngest(jobId: string, runId: string, step: InngestStepLike) {
  const controller = new AbortController();
  const runner = inngestStepRunner(step, { jobId, controller });
  return runRenderJob(jobId, runner, { leaseOwner: `inngest:${runId}`, signal: controller.signal });
}

export const renderPdf = inngest.createFunction(
  {
    id: RENDER_PDF_ID,
    name: "Render PDF job",
    triggers: [jobRequested],
    // One run per job even if the event is sent twice with different ids (24 h window); the
    // event id is the job id too (see events.ts), and the claim step is a conditional update.
    idempotency: "event.data.jobId",
    concurrency: [
      { key: "event.data.ownerId", limit: env.INNGEST_USER_CONCURRENCY },
      { limit: env.INNGEST_GLOBAL_CONCURRENCY },
    ],
    priority: { run: RENDER_PRIORITY },
    cancelOn: [{ event: jobCancelled, if: "async.data.jobId == event.data.jobId" }],
    timeouts: { finish: renderFinishTimeout() },
    retries: RENDER_RETRIES,
    onFailure: async ({ event, error, step }) => {
      const jobId = event.data.event.data?.jobId;
      await step.run("mark-job-failed", () => failJobAfterRunFailure(typeof jobId === "string" ? jobId : undefined, error));
      if (typeof jobId === "string") await step.run(DELIVER_WEBHOOK_STEP, () => deliverDueWebhooks({ jobId }));
    },
  },
  async ({ event, step, runId }) => {
    const outcome = await renderJobOnInngest(event.data.jobId, runId, step);
    // First attempt of the completion webhook right away; retries come from the relay cron
    // (inngest/functions/outbox-relay.ts), which reads the backoff from the delivery row.
    // A skipped run (duplicate, or the job was cancelled before it started) leaves it to the cron.
    if (outcome.status !== "skipped") await step.run(DELIVER_WEBHOOK_STEP, () => deliverDueWebhooks({ jobId: event.data.jobId }));
    return outcome;
  },
);
