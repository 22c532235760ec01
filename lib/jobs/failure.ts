// The failure policy of a render job, in one place for every runner (the local supervisor and
// Inngest): which errors end the job (the user's) and which are retried (ours), the message the user
// sees, and what a failed attempt does to the row.
import * as runs from "@/lib/db/job-runs";
import { AppError } from "@/lib/errors";
import { TemplateRenderError } from "@/lib/render-contract/types";

/** Diagnostics kept on a failed job's row (and carried through Inngest's step errors). */
export const MAX_STORED_DIAGNOSTICS = 100;

export const INTERNAL_FAILURE_MESSAGE = "Rendering failed because of an internal error";
export const RETRIES_EXHAUSTED_MESSAGE = "Rendering failed after several attempts; please try again later";
export const RUN_CANCELLED_MESSAGE = "Rendering was stopped because it took too long or was cancelled by an operator";

/** Errors that end the job (no retry): user errors and limits. */
export function isNonRetryable(err: unknown): boolean {
  if (err instanceof TemplateRenderError) return true;
  if (err instanceof AppError) return !err.retryable;
  return false;
}

/** A message safe to store on the job and show to the user. */
export function userMessage(err: unknown): string {
  if (err instanceof TemplateRenderError || err instanceof AppError) return err.message;
  return INTERNAL_FAILURE_MESSAGE;
}

/** The diagnostics a user error leaves on the job row. */
export function failureDiagnostics(err: unknown): { warnings: TemplateRenderError["diagnostics"] } | undefined {
  return err instanceof TemplateRenderError ? { warnings: err.diagnostics.slice(0, MAX_STORED_DIAGNOSTICS) } : undefined;
}

/**
 * The message for a run that failed for good outside the pipeline (Inngest's retries exhausted).
 * Inngest hands onFailure the error as JSON: the class is gone but the name stays, so an AppError is
 * recognised by name too. AppError messages are written for users; anything else might carry internals.
 */
export function runFailureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  if (name === "AppError" && typeof message === "string") return message;
  return RETRIES_EXHAUSTED_MESSAGE;
}

/**
 * The local supervisor's answer to a transient failure (child crashed, storage down): back to pending
 * while attempts remain, then failed. Only while this supervisor still holds the lease.
 */
export async function settleFailedAttempt(jobId: string, leaseOwner: string, err: unknown, maxAttempts: number): Promise<void> {
  const row = await runs.getJobStatus(jobId);
  if (!row || row.status !== "processing" || row.leaseOwner !== leaseOwner) return;
  const message = userMessage(err);
  if (row.attempts >= maxAttempts) await runs.markJobFailed(jobId, leaseOwner, `${message} (after ${row.attempts} attempts)`);
  else await runs.requeueJob(jobId, leaseOwner, message);
}
