// Sends due webhooks from the webhook outbox (the webhook_deliveries table): a job's or batch's own
// webhook_url and registered endpoints' deliveries alike (message.ts builds each). Every runner
// calls this: the local supervisor on a timer, Inngest right after a run finishes and from its relay
// cron. Each call makes at most one attempt per due delivery; failures are rescheduled with backoff
// in the row itself, so retries survive restarts and any process may make the next attempt.
// Attempts run concurrently, owners take turns (fair-pick.ts) and each owner has a cap on attempts
// in flight per process, so a user whose receiver hangs cannot delay anyone else's deliveries.
import { claimWebhookDelivery, listDueWebhookDeliveries, recordWebhookAttempt, type DueDelivery } from "@/lib/db/webhooks";
import { logger } from "@/lib/log";
import { fairPick } from "@/lib/webhooks/fair-pick";
import { buildMessage } from "@/lib/webhooks/message";
import { postWebhook, type TransportOptions } from "@/lib/webhooks/transport";
import { webhookPolicyFromEnv } from "@/lib/webhooks/url";

export const WEBHOOK_MAX_ATTEMPTS = 5;
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** A receiver that does not even accept the connection in this time is retried later. */
export const WEBHOOK_CONNECT_TIMEOUT_MS = 3_000;
/** Attempts in flight per process, and per owner within them. */
export const WEBHOOK_MAX_IN_FLIGHT = 32;
export const WEBHOOK_MAX_IN_FLIGHT_PER_OWNER = 4;
/** Wait after failed attempt n (1-based): 10 s, 1 min, 5 min, 30 min; about 36 min in all. */
export const WEBHOOK_BACKOFF_SECONDS = [10, 60, 300, 1800] as const;
// A claimed attempt that never records its outcome (the process died) is due again after this.
const CLAIM_MS = WEBHOOK_TIMEOUT_MS + 30_000;
// How many due rows one pass looks at to find every waiting owner.
const WINDOW = 500;

const running = new Map<string, number>();
let runningTotal = 0;

const log = logger.child({ module: "webhooks" });

export type DispatchOptions = {
  /** The dispatcher's clock; tests move it forward instead of waiting out the backoff. */
  now?: Date;
  /** Only this job's deliveries (Inngest, right after the run). */
  jobId?: string;
  /** Only this delivery ("Send test event" and "Resend" attempt at once). */
  deliveryId?: string;
  transport?: Partial<TransportOptions>;
};

export type DispatchResult = { delivered: number; retrying: number; failed: number };

export const backoffSeconds = (attempt: number) =>
  WEBHOOK_BACKOFF_SECONDS[Math.min(attempt, WEBHOOK_BACKOFF_SECONDS.length) - 1] ?? WEBHOOK_BACKOFF_SECONDS[0];

/** One attempt for due deliveries (concurrently, fairly across owners); waits for them. Never throws for a delivery. */
export async function deliverDueWebhooks(opts: DispatchOptions = {}): Promise<DispatchResult> {
  const result: DispatchResult = { delivered: 0, retrying: 0, failed: 0 };
  for (const o of await Promise.all(await startDueWebhooks(opts))) if (o) result[o]++;
  return result;
}

/**
 * Starts attempts for due deliveries and returns without waiting for them (the local supervisor's
 * timer): a slow receiver never holds up the next pass, which starts other owners' deliveries.
 */
export async function startDueWebhooks(opts: DispatchOptions = {}): Promise<Promise<keyof DispatchResult | null>[]> {
  const now = opts.now ?? new Date();
  const transport: TransportOptions = {
    ...webhookPolicyFromEnv(),
    timeoutMs: WEBHOOK_TIMEOUT_MS,
    connectTimeoutMs: WEBHOOK_CONNECT_TIMEOUT_MS,
    ...opts.transport,
  };
  const due = await listDueWebhookDeliveries(now, WINDOW, { jobId: opts.jobId, deliveryId: opts.deliveryId });
  const picked = fairPick(due, { running, perOwner: WEBHOOK_MAX_IN_FLIGHT_PER_OWNER, slots: WEBHOOK_MAX_IN_FLIGHT - runningTotal });
  return picked.map((d) => {
    running.set(d.ownerId, (running.get(d.ownerId) ?? 0) + 1);
    runningTotal++;
    return attempt(d, now, transport)
      .catch((err: unknown) => {
        log.error({ deliveryId: d.id, err }, "webhook attempt could not be recorded");
        return null;
      })
      .finally(() => {
        const n = (running.get(d.ownerId) ?? 1) - 1;
        if (n > 0) running.set(d.ownerId, n);
        else running.delete(d.ownerId);
        runningTotal--;
      });
  });
}

async function attempt(d: DueDelivery, now: Date, transport: TransportOptions): Promise<keyof DispatchResult | null> {
  if (!(await claimWebhookDelivery(d.id, now, new Date(now.getTime() + CLAIM_MS)))) return null; // another dispatcher has it
  const message = await buildMessage(d);
  if (!message) return null; // its subject was deleted meanwhile; the delivery went with it
  const sent = await postWebhook(message.url, message.body, message.headers, transport);
  const attempts = d.attempts + 1;
  if (sent.ok) {
    await recordWebhookAttempt(d.id, { attempts, statusCode: sent.statusCode, error: null, outcome: { status: "delivered" } });
    return "delivered";
  }
  const giveUp = sent.permanent || attempts >= WEBHOOK_MAX_ATTEMPTS;
  // The URL is the user's own; the host and path are fine to log, the secret and body are not.
  log.warn({ deliveryId: d.id, jobId: d.jobId, endpointId: d.endpointId, attempts, error: sent.error, giveUp }, "webhook attempt failed");
  await recordWebhookAttempt(d.id, {
    attempts,
    statusCode: sent.statusCode,
    error: sent.error,
    outcome: giveUp
      ? { status: "failed" }
      : { status: "pending", nextAttemptAt: new Date(now.getTime() + backoffSeconds(attempts) * 1000) },
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
