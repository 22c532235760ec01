// Completion webhooks: per-user signing secrets and the delivery rows (the webhook outbox).
// Deliveries are created with their job (lib/db/jobs.ts createJob); the dispatcher works on ids it
// claimed, so the runner-side functions take no owner.
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { TERMINAL_STATUSES } from "@/lib/jobs/status";
import { newWebhookSecret } from "@/lib/webhooks/signature";


/** The user's signing secret, created on first use (two concurrent first uses agree on one). */
export async function getOrCreateWebhookSecret(userId: string): Promise<{ secret: string; createdAt: Date }> {
  const select = { secret: true, createdAt: true } as const;
  const found = await db.webhookSecret.findUnique({ where: { userId }, select });
  if (found) return found;
  try {
    return await db.webhookSecret.create({ data: { userId, secret: newWebhookSecret() }, select });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return db.webhookSecret.findUniqueOrThrow({ where: { userId }, select });
  }
}

/** Replaces the secret; deliveries from now on (retries included) are signed with the new one. */
export function rotateWebhookSecret(userId: string): Promise<{ secret: string; createdAt: Date }> {
  const secret = newWebhookSecret();
  return db.webhookSecret.upsert({
    where: { userId },
    create: { userId, secret },
    update: { secret, createdAt: new Date() },
    select: { secret: true, createdAt: true },
  });
}

export type DueDelivery = { id: string; jobId: string; ownerId: string; url: string; attempts: number };

/** Pending deliveries whose job has finished and whose attempt is due, oldest first. */
export async function listDueWebhookDeliveries(now: Date, limit: number, jobId?: string): Promise<DueDelivery[]> {
  const rows = await db.webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      ...(jobId ? { jobId } : {}),
      job: { status: { in: TERMINAL_STATUSES } },
    },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, jobId: true, url: true, attempts: true, job: { select: { ownerId: true } } },
  });
  return rows.map(({ job, ...d }) => ({ ...d, ownerId: job.ownerId }));
}

/**
 * Takes a due delivery for one attempt by moving its due time to `until`. Atomic: of two
 * dispatchers only one gets it; if this one dies mid-attempt the row is due again at `until`.
 */
export async function claimWebhookDelivery(id: string, now: Date, until: Date): Promise<boolean> {
  const res = await db.webhookDelivery.updateMany({
    where: { id, status: "pending", nextAttemptAt: { lte: now } },
    data: { nextAttemptAt: until },
  });
  return res.count === 1;
}

/** What the event describes: the finished job, and whose secret signs it. */
export function getJobForWebhook(jobId: string) {
  return db.pdfJob.findUnique({
    where: { id: jobId },
    select: {
      id: true, ownerId: true, projectId: true, title: true, status: true, errorMessage: true, pageCount: true,
      sizeBytes: true, createdAt: true, startedAt: true, completedAt: true, updatedAt: true,
    },
  });
}

export type AttemptRecord = {
  attempts: number;
  statusCode: number | null;
  error: string | null;
  /** delivered, given up (failed), or pending again at `nextAttemptAt`. */
  outcome: { status: "delivered" } | { status: "failed" } | { status: "pending"; nextAttemptAt: Date };
};

export async function recordWebhookAttempt(id: string, r: AttemptRecord): Promise<void> {
  const now = new Date();
  await db.webhookDelivery.update({
    where: { id },
    data: {
      attempts: r.attempts,
      status: r.outcome.status,
      lastStatusCode: r.statusCode,
      lastError: r.error?.slice(0, 500) ?? null,
      lastAttemptAt: now,
      ...(r.outcome.status === "delivered" ? { deliveredAt: now } : {}),
      ...(r.outcome.status === "pending" ? { nextAttemptAt: r.outcome.nextAttemptAt } : {}),
    },
  });
}
