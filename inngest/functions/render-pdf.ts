// Renders one PDF job on Inngest: the same runRenderJob pipeline as the local worker (claim-job →
// render-and-upload → mark-completed / mark-failed); this file only decides how it is scheduled.
import { env } from "@/lib/env";
import { runFailureMessage } from "@/lib/jobs/failure";
import { inngestStepRunner, plainInngestSteps, type InngestStepLike } from "@/lib/jobs/inngest-step-runner";
import { completeRun, failRun, runRenderJob } from "@/lib/jobs/pipeline";
import { inngest } from "@/lib/jobs/queue/inngest-client";
import { jobCancelled, jobRequested } from "@/lib/jobs/queue/inngest-events";

export const RENDER_PDF_ID = "render-pdf";

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

/**
 * The function body: the shared pipeline with Inngest's step runner. The lease owner is the run id,
 * so a retry of this run may resume the job and a duplicate run may not.
 */
export function renderJobOnInngest(jobId: string, runId: string, step: InngestStepLike, pages?: number) {
  const controller = new AbortController();
  const runner = inngestStepRunner(step, { jobId, controller });
  // A large job spreads its chunks over parallel steps, so over as many workers (lib/jobs/chunked-render.ts).
  return runRenderJob(jobId, runner, { leaseOwner: `inngest:${runId}`, signal: controller.signal, fanOutPages: pages });
}

export const renderPdf = inngest.createFunction(
  {
    id: RENDER_PDF_ID,
    name: "Render PDF job",
    triggers: [jobRequested],
    // One run per job even if the event is sent twice with different ids (24 h window); the
    // event id is the job id too (see events.ts), and the claim step is a conditional update.
    idempotency: "event.data.jobId",
    concurrency: [{ key: "event.data.ownerId", limit: env.INNGEST_USER_CONCURRENCY }, { limit: env.INNGEST_GLOBAL_CONCURRENCY }],
    priority: { run: RENDER_PRIORITY },
    cancelOn: [{ event: jobCancelled, if: "async.data.jobId == event.data.jobId" }],
    timeouts: { finish: renderFinishTimeout() },
    retries: RENDER_RETRIES,
    // Retries exhausted: a finished or cancelled row is left alone (failRun's conditional update).
    onFailure: async ({ event, error, step }) => {
      const jobId = event.data.event.data?.jobId;
      if (typeof jobId === "string") await failRun(jobId, runFailureMessage(error), plainInngestSteps(step));
    },
  },
  async ({ event, step, runId }) => {
    const outcome = await renderJobOnInngest(event.data.jobId, runId, step, event.data.pages ? Number(event.data.pages) : undefined);
    // Webhook retries come from the relay cron (inngest/functions/outbox-relay.ts).
    await completeRun(event.data.jobId, outcome, plainInngestSteps(step));
    return outcome;
  },
);
