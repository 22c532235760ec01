// The Inngest side of "one pipeline, two runners": how a pipeline step runs on Inngest. Inngest
// memoises each step, retries only errors it may retry, and replays a permanently failed step as a
// thrown error on the next invocation. This adapter maps our error classes onto that contract, so
// runRenderJob behaves exactly as under the local runner.
import { NonRetriableError } from "inngest";
import { getJobStatus } from "@/lib/db/job-runs";
import { AppError, type ErrorCode } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { MAX_STORED_DIAGNOSTICS, userMessage } from "@/lib/jobs/failure";
import type { StepRunner } from "@/lib/jobs/pipeline";
import { logger } from "@/lib/log";
import { TemplateRenderError } from "@/lib/render-contract/types";

/** The part of Inngest's step tools the pipeline uses. */
export type InngestStepLike = { run(id: string, fn: () => Promise<unknown>): Promise<unknown> };

// Across invocations Inngest keeps an error's name, message and cause chain, but not its class or
// custom fields. So the NonRetriableError carries one cause, named INKSET_ERROR, whose message is
// the JSON needed to rebuild our error on replay (class, code, diagnostics for the job row).
const INKSET_ERROR = "InksetError";

type Rebuild =
  | { kind: "cancelled" }
  | { kind: "template"; code: TemplateRenderError["code"]; message: string; diagnostics: TemplateRenderError["diagnostics"] }
  | { kind: "app"; code: ErrorCode; message: string };

function describe(err: unknown): Rebuild | null {
  if (err instanceof RenderCancelledError) return { kind: "cancelled" };
  if (err instanceof TemplateRenderError) {
    // Capped like the job row's warnings; keeps the error far below Inngest's 4 MB step-output limit.
    return { kind: "template", code: err.code, message: err.message, diagnostics: err.diagnostics.slice(0, MAX_STORED_DIAGNOSTICS) };
  }
  if (err instanceof AppError && !err.retryable) return { kind: "app", code: err.code, message: err.message };
  return null;
}

/** Inside a step: user errors, limits and cancellation must never be retried. */
export function toInngestError(err: unknown): unknown {
  const rebuild = describe(err);
  if (!rebuild) return err; // transient: Inngest retries the step with backoff
  const message = rebuild.kind === "cancelled" ? (err as Error).message : userMessage(err);
  const cause = { name: INKSET_ERROR, message: JSON.stringify(rebuild) };
  return new NonRetriableError(message, { cause });
}

function causeChain(err: unknown): { name?: unknown; message?: unknown }[] {
  const out: { name?: unknown; message?: unknown; cause?: unknown }[] = [];
  let current: unknown = err;
  for (let i = 0; i < 6 && typeof current === "object" && current !== null; i++) {
    const link = current as { name?: unknown; message?: unknown; cause?: unknown };
    out.push(link);
    current = link.cause;
  }
  return out;
}

/**
 * Outside a step, on replay: a permanently failed step arrives as a StepError rebuilt from JSON.
 * Restore our error so the pipeline's catch classifies it exactly as under the local runner. A
 * transient error that exhausted its retries is left as is: the pipeline rethrows, onFailure runs.
 */
export function fromStepFailure(err: unknown): unknown {
  const link = causeChain(err).find((l) => l.name === INKSET_ERROR && typeof l.message === "string");
  if (!link) return err;
  let parsed: Rebuild;
  try {
    parsed = JSON.parse(link.message as string) as Rebuild;
  } catch {
    return err;
  }
  if (parsed.kind === "cancelled") return new RenderCancelledError();
  if (parsed.kind === "template") return new TemplateRenderError(parsed.code, parsed.message, parsed.diagnostics);
  if (parsed.kind === "app") return new AppError(parsed.code, parsed.message);
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
  const log = logger.child({ module: "inngest-step-runner", jobId });
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

/** Inngest's own step tools as a StepRunner, for functions outside a render (no cancel watch, no error mapping). */
export function plainInngestSteps(step: InngestStepLike): StepRunner {
  return { run: async <T>(id: string, fn: () => Promise<T>) => (await step.run(id, fn)) as T };
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
