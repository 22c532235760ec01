// Sends due completion webhooks from the webhook outbox (the webhook_deliveries table). Every runner
// calls this: the local supervisor on a timer, Inngest right after a run finishes and from its relay
// cron. Each call makes at most one attempt per due delivery; failures are rescheduled with backoff
// in the row itself, so retries survive restarts and any process may make the next attempt.
import {
  claimWebhookDelivery,
  getJobForWebhook,
  listDueWebhookDeliveries,
  recordWebhookAttempt,
  type DueDelivery,
} from "@/lib/db/webhooks";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { buildJobEvent } from "@/lib/webhooks/event";
import { getOrCreateWebhookSecret } from "@/lib/webhooks/secret";
import { SIGNATURE_HEADER, signWebhook } from "@/lib/webhooks/signature";
import { postWebhook, type TransportOptions } from "@/lib/webhooks/transport";
import { webhookPolicyFromEnv } from "@/lib/webhooks/url";

export const WEBHOOK_MAX_ATTEMPTS = 5;
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Wait after failed attempt n (1-based): 10 s, 1 min, 5 min, 30 min; about 36 min in all. */
export const WEBHOOK_BACKOFF_SECONDS = [10, 60, 300, 1800] as const;
// A claimed attempt that never records its outcome (the process died) is due again after this.
const CLAIM_MS = WEBHOOK_TIMEOUT_MS + 30_000;
const BATCH = 20;

const log = logger.child({ module: "webhooks" });

export type DispatchOptions = {
  /** The dispatcher's clock; tests move it forward instead of waiting out the backoff. */
  now?: Date;
  /** Only this job's delivery (Inngest, right after the run). */
  jobId?: string;
  transport?: Partial<TransportOptions>;
};

export type DispatchResult = { delivered: number; retrying: number; failed: number };

export const backoffSeconds = (attempt: number) =>
  WEBHOOK_BACKOFF_SECONDS[Math.min(attempt, WEBHOOK_BACKOFF_SECONDS.length) - 1] ?? WEBHOOK_BACKOFF_SECONDS[0];

/** One attempt for every due delivery (in parallel, a batch at a time). Never throws for a delivery. */
export async function deliverDueWebhooks(opts: DispatchOptions = {}): Promise<DispatchResult> {
  const now = opts.now ?? new Date();
  const transport: TransportOptions = { ...webhookPolicyFromEnv(), timeoutMs: WEBHOOK_TIMEOUT_MS, ...opts.transport };
  const result: DispatchResult = { delivered: 0, retrying: 0, failed: 0 };
  const due = await listDueWebhookDeliveries(now, BATCH, opts.jobId);
  const outcomes = await Promise.all(
    due.map((d) =>
      attempt(d, now, transport).catch((err: unknown) => {
        log.error({ deliveryId: d.id, err }, "webhook attempt could not be recorded");
        return null;
      }),
    ),
  );
  for (const o of outcomes) if (o) result[o]++;
  return result;
}

async function attempt(d: DueDelivery, now: Date, transport: TransportOptions): Promise<keyof DispatchResult | null> {
  if (!(await claimWebhookDelivery(d.id, now, new Date(now.getTime() + CLAIM_MS)))) return null; // another dispatcher has it
  const job = await getJobForWebhook(d.jobId);
  if (!job) return null; // deleted meanwhile; its delivery went with it
  const { secret } = await getOrCreateWebhookSecret(job.ownerId);
  const event = buildJobEvent(d.id, job, env.APP_URL);
  const body = JSON.stringify(event);
  const sent = await postWebhook(d.url, body, {
    "content-type": "application/json",
    "user-agent": "Inkset-Webhooks/1",
    "inkset-event-id": event.id,
    "inkset-event-type": event.type,
    [SIGNATURE_HEADER]: signWebhook(secret, body),
  }, transport);
  const attempts = d.attempts + 1;
  if (sent.ok) {
    await recordWebhookAttempt(d.id, { attempts, statusCode: sent.statusCode, error: null, outcome: { status: "delivered" } });
    return "delivered";
  }
  const giveUp = sent.permanent || attempts >= WEBHOOK_MAX_ATTEMPTS;
  // The URL is the user's own; the host and path are fine to log, the secret and body are not.
  log.warn({ deliveryId: d.id, jobId: d.jobId, attempts, error: sent.error, giveUp }, "webhook attempt failed");
  await recordWebhookAttempt(d.id, {
    attempts,
    statusCode: sent.statusCode,
    error: sent.error,
    outcome: giveUp ? { status: "failed" } : { status: "pending", nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts) * 1000) },
  });
  return giveUp ? "failed" : "retrying";
}

/** Long-running processes: sends due webhooks every `intervalMs` (never overlapping). Returns a stop. */
export function startWebhookDispatcher(intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueWebhooks()
      .catch((err: unknown) => log.warn({ err }, "webhook dispatch failed"))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
