// The Inngest side of "one pipeline, two runners": how a pipeline step runs on Inngest. Inngest
// memoises each step, retries only errors it may retry, and replays a permanently failed step as a
// thrown error on the next invocation. This adapter maps our error classes onto that contract, so
// runRenderJob behaves exactly as under the local runner.
import { NonRetriableError } from "inngest";
import { getJobStatus } from "@/lib/db/jobs";
import { AppError, type ErrorCode } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { isNonRetryable, userMessage, type StepRunner } from "@/lib/jobs/pipeline";
import { logger } from "@/lib/log";
import { TemplateRenderError } from "@/lib/render/types";

/** The part of Inngest's step tools the pipeline uses. */
export type InngestStepLike = { run(id: string, fn: () => Promise<unknown>): Promise<unknown> };

// Inngest keeps only name/message/code/cause of an error across invocations; diagnostics ride in a
// nested cause as JSON so a failed template keeps its warnings on the job row, as in local mode.
const DIAGNOSTICS_CAUSE = "InksetDiagnostics";

/** Inside a step: user errors, limits and cancellation must never be retried. */
export function toInngestError(err: unknown): unknown {
  if (err instanceof RenderCancelledError) return new NonRetriableError(err.message, { cause: err });
  if (!isNonRetryable(err)) return err; // transient: Inngest retries the step with backoff
  const cause =
    err instanceof TemplateRenderError
      ? { name: err.name, code: err.code, message: err.message, cause: { name: DIAGNOSTICS_CAUSE, message: JSON.stringify(err.diagnostics) } }
      : err;
  return new NonRetriableError(userMessage(err), { cause });
}

type SerializedLike = { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };

function causeChain(err: unknown): SerializedLike[] {
  const out: SerializedLike[] = [];
  let current: unknown = err;
  for (let i = 0; i < 6 && typeof current === "object" && current !== null; i++) {
    out.push(current as SerializedLike);
    current = (current as SerializedLike).cause;
  }
  return out;
}

function parseDiagnostics(link: SerializedLike | undefined): TemplateRenderError["diagnostics"] {
  if (link?.name !== DIAGNOSTICS_CAUSE || typeof link.message !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(link.message);
    return Array.isArray(parsed) ? (parsed as TemplateRenderError["diagnostics"]) : [];
  } catch {
    return [];
  }
}

/**
 * Outside a step, on replay: a permanently failed step arrives as a (deserialised) error whose
 * class is gone. Rebuild ours from the cause chain so the pipeline's catch classifies it.
 */
export function fromStepFailure(err: unknown): unknown {
  const chain = causeChain(err);
  for (const [i, link] of chain.entries()) {
    const message = typeof link.message === "string" ? link.message : "";
    if (link.name === "RenderCancelledError") return new RenderCancelledError();
    if (link.name === "TemplateRenderError" && (link.code === "TEMPLATE_INVALID" || link.code === "PAGE_LIMIT")) {
      return new TemplateRenderError(link.code, message, parseDiagnostics(chain[i + 1]));
    }
    if (link.name === "AppError" && typeof link.code === "string") {
      // Only non-retryable AppErrors are wrapped in NonRetriableError; a retryable one that
      // exhausted its retries stays retryable, so the pipeline rethrows it and onFailure runs.
      const retryable = !chain.some((l) => l.name === "NonRetriableError");
      return new AppError(link.code as ErrorCode, message, undefined, retryable);
    }
  }
  return err;
}

export type InngestRunnerOptions = {
  jobId: string;
  /** Aborted when the job row is cancelled or deleted while a step runs: kills the render child. */
  controller: AbortController;
  pollMs?: number;
};

// Inngest stops a cancelled run only between steps; the render step can run for minutes. So
// while any step runs, watch the row and abort (SIGKILL the child) once it leaves pending/processing.
async function watchRow(jobId: string, controller: AbortController, pollMs: number, stop: Promise<void>) {
  const log = logger.child({ module: "inngest-runner", jobId });
  let stopped = false;
  void stop.then(() => (stopped = true));
  while (!stopped && !controller.signal.aborted) {
    await Promise.race([stop, new Promise((r) => setTimeout(r, pollMs))]);
    if (stopped) return;
    try {
      const row = await getJobStatus(jobId);
      if (!row || (row.status !== "pending" && row.status !== "processing")) {
        log.info({ status: row?.status ?? "deleted" }, "job left processing during a step; stopping the render");
        controller.abort();
      }
    } catch (err) {
      log.warn({ err }, "cancel watch could not read the job row");
    }
  }
}

export function inngestStepRunner(step: InngestStepLike, opts: InngestRunnerOptions): StepRunner {
  const pollMs = opts.pollMs ?? 1000;
  return {
    async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
      try {
        const out = await step.run(id, async () => {
          let finish: () => void = () => {};
          const stop = new Promise<void>((resolve) => (finish = resolve));
          const watcher = watchRow(opts.jobId, opts.controller, pollMs, stop);
          try {
            return await fn();
          } catch (err) {
            throw toInngestError(err);
          } finally {
            finish();
            await watcher;
          }
        });
        // Step results are JSON round-tripped; the pipeline's steps return plain JSON by design.
        return out as T;
      } catch (err) {
        throw fromStepFailure(err);
      }
    },
  };
}
