// The one render pipeline. Both runners (the local supervisor and Inngest) call runRenderJob; they
// only decide how a step runs and retries. The failure policy is lib/jobs/failure.ts, the completion
// side effects are completeRun/failRun below. Steps return small JSON, never PDF bytes, and every
// side effect happens inside a step.
import * as runs from "@/lib/db/job-runs";
import { env } from "@/lib/env";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { recordJobFinished } from "@/lib/jobs/job-finished";
import { failureDiagnostics, isNonRetryable, MAX_STORED_DIAGNOSTICS, userMessage } from "@/lib/jobs/failure";
import { chunkCount, deleteChunks, renderChunkToStorage, withChunkFiles } from "@/lib/jobs/chunked-render";
import { jobInProgress, tempRenderOf } from "@/lib/jobs/job-render";
import { renderToTemp, type TempRender } from "@/lib/jobs/render-to-temp";
import { logger } from "@/lib/log";
import type { RenderProgress, RenderResult } from "@/lib/render-contract/types";
import { getStorage, jobOutputKey } from "@/lib/storage";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import { deliverDueMail } from "@/lib/mail/dispatch";

export type StepRunner = { run<T>(id: string, fn: () => Promise<T>): Promise<T> };

export type RenderJobContext = {
  /** The local supervisor's lease id; null for runners without leases (Inngest). */
  leaseOwner: string | null;
  /** Aborted on cancel: kills the child at once. */
  signal?: AbortSignal;
  /** Tests read the child pid. */
  onSpawn?: (pid: number) => void;
  /**
   * The document's page count as checked when the job was created, when the runner may draw its
   * chunks as parallel steps on separate workers (Inngest, chunked-render.ts); absent: one render step.
   */
  fanOutPages?: number;
};

export type RenderJobOutcome = { status: "completed" | "failed" | "cancelled" | "skipped"; pages?: number };

export type RenderOutput = { key: string; sizeBytes: number; pageCount: number; diagnostics: JobDiagnostics };

export type JobDiagnostics = {
  timings: { parse_ms: number; compile_ms: number; layout_ms: number; write_ms: number; total_ms: number };
  warnings: RenderResult["diagnostics"];
  warning_count: number;
  stats: RenderResult["stats"];
  attempt: number;
};

// Progress is stored at most this often per job (plus the final state), however fast pages go.
const PROGRESS_WRITE_MS = 500;

export const localStepRunner: StepRunner = {
  async run(id, fn) {
    const started = Date.now();
    try {
      return await fn();
    } finally {
      logger.debug({ module: "jobs", step: id, ms: Date.now() - started }, "step finished");
    }
  },
};

export async function runRenderJob(jobId: string, step: StepRunner, ctx: RenderJobContext): Promise<RenderJobOutcome> {
  const claimed = await step.run("claim-job", () => claimForRun(jobId, ctx.leaseOwner));
  if (!claimed) return { status: "skipped" };
  try {
    const out = (await renderInChunks(jobId, step, ctx)) ?? (await step.run("render-and-upload", () => renderToStorage(jobId, ctx)));
    const done = await step.run("mark-completed", () => finishJob(jobId, ctx.leaseOwner, out));
    return done ? { status: "completed", pages: out.pageCount } : { status: "cancelled" };
  } catch (err) {
    if (err instanceof RenderCancelledError) return { status: "cancelled" };
    if (!isNonRetryable(err)) throw err; // the runner retries (or gives up) by its own policy
    await step.run("mark-failed", async () => {
      const failed = await runs.markJobFailed(jobId, ctx.leaseOwner, userMessage(err), failureDiagnostics(err));
      if (failed) await recordJobFinished(jobId, "failed", userMessage(err));
      return failed;
    });
    return { status: "failed" };
  }
}

// Step ids key Inngest's memo for runs in flight: never rename them.
export const DELIVER_WEBHOOK_STEP = "deliver-webhook";
export const SEND_MAIL_STEP = "send-mail";

/**
 * Completion side effects of a run that settled its job (a skipped run settled nothing): the first
 * attempt of the completion webhook and of the job-finished mail. Retries come from the pollers in
 * lib/webhooks/dispatch.ts and lib/mail/dispatch.ts. The local supervisor's 1-second polls make these
 * attempts for its own jobs, so a slow receiver never holds a render slot. Neither throws.
 */
export async function completeRun(jobId: string, outcome: RenderJobOutcome, step: StepRunner): Promise<void> {
  if (outcome.status === "skipped") return;
  await step.run(DELIVER_WEBHOOK_STEP, () => deliverDueWebhooks({ jobId }));
  await step.run(SEND_MAIL_STEP, () => deliverDueMail({ jobId }));
}

/**
 * A run that failed for good outside runRenderJob (retries exhausted, or cancelled by the runner):
 * fails the row with `message` unless it is already final, then the completion side effects.
 */
export async function failRun(jobId: string, message: string, step: StepRunner): Promise<boolean> {
  const updated = await step.run("mark-job-failed", async () => {
    const failed = await runs.markJobFailed(jobId, null, message);
    if (failed) await recordJobFinished(jobId, "failed", message);
    return failed;
  });
  await step.run(DELIVER_WEBHOOK_STEP, () => deliverDueWebhooks({ jobId }));
  await step.run(SEND_MAIL_STEP, () => deliverDueMail({ jobId }));
  return updated;
}

/**
 * A large job on a runner that can spread it (ctx.fanOutPages): its chunks drawn as parallel steps,
 * each in a render child of its own that leaves the chunk in storage (steps pass storage keys, never
 * bytes), then joined by a final step into the same file one render would have written. null: the
 * job is rendered in one step (small, not spread, or its page count turned out to differ).
 */
async function renderInChunks(jobId: string, step: StepRunner, ctx: RenderJobContext): Promise<RenderOutput | null> {
  const count = chunkCount(ctx.fanOutPages);
  if (count <= 1) return null;
  const parts = await Promise.all(
    Array.from({ length: count }, (_, i) => step.run(`render-chunk-${i}`, () => renderChunkToStorage(jobId, ctx, i))),
  );
  // The count came from the check at creation; a document that draws otherwise is rendered whole.
  if (parts.some((p) => chunkCount(p.pageCount, 1) !== count)) return null;
  const keys = parts.map((p) => p.key);
  const out = await step.run("join-and-upload", () => withChunkFiles(jobId, keys, (files) => renderToStorage(jobId, ctx, files)));
  await step.run("delete-chunks", () => deleteChunks(keys));
  return out;
}

/** Local runner: the supervisor already holds the lease. Others: pending → processing here. */
async function claimForRun(jobId: string, leaseOwner: string | null): Promise<boolean> {
  const row = await runs.getJobStatus(jobId);
  if (!row) return false;
  if (row.status === "processing" && (leaseOwner === null || row.leaseOwner === leaseOwner)) return true;
  if (row.status !== "pending") return false;
  return runs.claimJob(jobId, leaseOwner ?? "external", env.PDF_TIMEOUT_SECONDS * 1000 * 2);
}

/**
 * Render in a child to a temp file (the render service), check limits, hand the file to storage.
 * `chunkFiles`: the job's chunks, drawn by separate steps (chunked-render.ts), to join instead.
 */
export async function renderToStorage(jobId: string, ctx: RenderJobContext, chunkFiles?: string[]): Promise<RenderOutput> {
  const job = await jobInProgress(jobId);
  const progress = progressWriter(jobId, ctx.leaseOwner);
  const started = Date.now();
  try {
    const request: TempRender = {
      ...tempRenderOf(job, ctx),
      name: `${jobId}-${job.attempts}`,
      checkLimits: true,
      onProgress: progress.push,
      ...(chunkFiles ? { part: { join: chunkFiles } } : {}),
    };
    // No final progress write: mark-completed stores the finished state anyway.
    return await renderToTemp(request, async ({ path, result }) => {
      if (ctx.signal?.aborted) throw new RenderCancelledError();
      const key = jobOutputKey(jobId);
      const stored = await getStorage().putFile(key, path);
      const warnings = result.diagnostics.filter((d) => d.severity !== "info");
      return {
        key,
        sizeBytes: stored.size,
        pageCount: result.pageCount,
        diagnostics: {
          timings: {
            parse_ms: Math.round(result.timings.parseMs),
            compile_ms: Math.round(result.timings.compileMs),
            layout_ms: Math.round(result.timings.layoutMs),
            write_ms: Math.round(result.timings.writeMs),
            total_ms: Date.now() - started,
          },
          warnings: warnings.slice(0, MAX_STORED_DIAGNOSTICS),
          warning_count: warnings.length,
          stats: result.stats,
          attempt: job.attempts,
        },
      };
    });
  } finally {
    progress.stop();
  }
}

async function finishJob(jobId: string, leaseOwner: string | null, out: RenderOutput): Promise<boolean> {
  const ok = await runs.markJobCompleted(jobId, leaseOwner, out);
  if (ok) await recordJobFinished(jobId, "completed");
  // Cancelled (or lease lost) while uploading: the job stays as it is; its file must not linger.
  if (!ok) await getStorage().delete(out.key);
  return ok;
}

function progressWriter(jobId: string, leaseOwner: string | null) {
  let latest: RenderProgress | null = null;
  let written: RenderProgress | null = null;
  // The first write too waits PROGRESS_WRITE_MS: a job that finishes sooner (most small ones) writes no
  // progress at all, since mark-completed stores the final state.
  let lastWrite = Date.now();
  let pending: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const write = () => {
    timer = null;
    if (!latest || latest === written) return;
    const p = latest;
    written = p;
    lastWrite = Date.now();
    pending = pending
      .then(() => runs.updateJobProgress(jobId, leaseOwner, p))
      .catch((err: unknown) => logger.warn({ module: "jobs", jobId, err }, "progress write failed"));
  };
  return {
    push(p: RenderProgress) {
      latest = p;
      if (timer) return;
      timer = setTimeout(write, Math.max(0, PROGRESS_WRITE_MS - (Date.now() - lastWrite)));
    },
    async flush() {
      if (timer) clearTimeout(timer);
      write();
      await pending;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
