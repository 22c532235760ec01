// Completion webhooks: per-user signing secrets (minted by lib/webhooks/secret.ts) and the delivery
// rows (the webhook outbox).
// A job's own webhook_url delivery is created with its job (lib/db/jobs.ts createJob); endpoint and
// batch deliveries when their event happens (lib/db/webhook-endpoints.ts). The dispatcher works on
// ids it claimed, so the runner-side functions take no owner.
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { TERMINAL_STATUSES } from "@/lib/job-status";

export type WebhookSecret = { secret: string; createdAt: Date; previousSecret: string | null; previousExpiresAt: Date | null };
const secretSelect = { secret: true, createdAt: true, previousSecret: true, previousExpiresAt: true } as const;

export function findWebhookSecret(userId: string): Promise<WebhookSecret | null> {
  return db.webhookSecret.findUnique({ where: { userId }, select: secretSelect });
}

/** Stores `secret` unless the user has one already; two concurrent first uses agree on one. */
export async function insertWebhookSecret(userId: string, secret: string): Promise<WebhookSecret> {
  try {
    return await db.webhookSecret.create({ data: { userId, secret }, select: secretSelect });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return db.webhookSecret.findUniqueOrThrow({ where: { userId }, select: secretSelect });
  }
}

/**
 * Replaces the secret; the replaced one is kept as `previousSecret` until `previousExpiresAt`
 * (lib/webhooks/rotation.ts decides both from the one read here).
 */
export async function replaceWebhookSecret(
  userId: string,
  next: (current: string | null) => Pick<WebhookSecret, "secret" | "previousSecret" | "previousExpiresAt">,
): Promise<WebhookSecret> {
  const current = await db.webhookSecret.findUnique({ where: { userId }, select: { secret: true } });
  const data = next(current?.secret ?? null);
  return db.webhookSecret.upsert({
    where: { userId },
    create: { userId, ...data },
    update: { ...data, createdAt: new Date() },
    select: secretSelect,
  });
}

export type DueDelivery = {
  id: string;
  jobId: string | null;
  batchId: string | null;
  endpointId: string | null;
  ownerId: string;
  url: string;
  attempts: number;
};

/**
 * Due pending deliveries, oldest first. A job's own webhook_url row waits for its job to finish (its
 * event is built from the finished row); endpoint and batch rows are written when their event
 * happened, so they are ready at once. `only` narrows to one job's or one delivery's rows.
 */
export async function listDueWebhookDeliveries(
  now: Date,
  limit: number,
  only: { jobId?: string; deliveryId?: string } = {},
): Promise<DueDelivery[]> {
  const rows = await db.webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      ...(only.jobId ? { jobId: only.jobId } : {}),
      ...(only.deliveryId ? { id: only.deliveryId } : {}),
      OR: [{ endpointId: { not: null } }, { batchId: { not: null } }, { job: { status: { in: TERMINAL_STATUSES } } }],
    },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      jobId: true,
      batchId: true,
      endpointId: true,
      url: true,
      attempts: true,
      job: { select: { ownerId: true } },
      batch: { select: { ownerId: true } },
      endpoint: { select: { userId: true } },
    },
  });
  return rows.map(({ job, batch, endpoint, ...d }) => ({ ...d, ownerId: endpoint?.userId ?? job?.ownerId ?? batch?.ownerId ?? "" }));
}

/** What an endpoint or batch delivery sends: fixed when its event happened. */
export function getStoredMessage(id: string) {
  return db.webhookDelivery.findUnique({ where: { id }, select: { eventId: true, eventType: true, payload: true } });
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
      id: true,
      ownerId: true,
      projectId: true,
      title: true,
      status: true,
      errorMessage: true,
      pageCount: true,
      sizeBytes: true,
      createdAt: true,
      startedAt: true,
      completedAt: true,
      updatedAt: true,
      batchId: true,
      profile: true,
      variables: true,
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
