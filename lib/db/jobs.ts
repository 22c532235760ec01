// PDF job rows. Every status change is a conditional update on the current status, so a job that
// is cancelled (or finished) can never be overwritten by a runner that finishes later, and two
// supervisors can never claim the same row.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { RenderOptionsInput } from "@/lib/jobs/schema";
import { ACTIVE_STATUSES, TERMINAL_STATUSES, type JobStatus } from "@/lib/jobs/status";

export type { JobStatus };

const jobView = {
  id: true,
  projectId: true,
  project: { select: { name: true } },
  projectVersion: { select: { number: true } },
  status: true,
  title: true,
  errorMessage: true,
  sizeBytes: true,
  pageCount: true,
  progress: true,
  diagnostics: true,
  attempts: true,
  createdAt: true,
  startedAt: true,
  completedAt: true,
  renderOptions: true,
  profile: true,
  webhookDelivery: { select: { url: true, status: true, attempts: true, lastStatusCode: true, lastError: true, deliveredAt: true } },
} satisfies Prisma.PdfJobSelect;

export type JobView = Prisma.PdfJobGetPayload<{ select: typeof jobView }>;

// Diagnostics carry `unknown` fields (original/fixed values); a JSON round trip makes them
// storable as-is and drops anything that is not JSON (undefined, functions).
const toJson = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;

export type NewJob = {
  ownerId: string;
  projectId?: string | null;
  projectVersionId?: string | null;
  title: string;
  yamlContent: string;
  profile?: string | null;
  deterministic: boolean;
  strictMode: boolean;
  /** Validated render options (§7.8), stored as given so a retry renders the same way. */
  renderOptions?: RenderOptionsInput;
  /** Checked https URL (lib/webhooks/url.ts) to notify when the job finishes; its delivery row commits with the job. */
  webhookUrl?: string | null;
};

/** `client` is a transaction when the queue event is written with the row (lib/db/outbox.ts). */
export function createJob(input: NewJob, client: Pick<typeof db, "pdfJob"> = db): Promise<JobView> {
  const { webhookUrl, ...row } = input;
  return client.pdfJob.create({
    data: { ...row, status: "pending", ...(webhookUrl ? { webhookDelivery: { create: { url: webhookUrl } } } : {}) },
    select: jobView,
  });
}

export type JobTx = Prisma.TransactionClient;

/** The row plus whatever else must commit with it (e.g. its idempotency key), in one transaction. */
export function createJobWith(input: NewJob, alsoWrite: (tx: JobTx, job: JobView) => Promise<void>): Promise<JobView> {
  return db.$transaction(async (tx) => {
    const job = await createJob(input, tx);
    await alsoWrite(tx, job);
    return job;
  });
}

export function getJobForOwner(ownerId: string, jobId: string): Promise<JobView | null> {
  return db.pdfJob.findFirst({ where: { id: jobId, ownerId }, select: jobView });
}

export async function listJobsForOwner(
  ownerId: string,
  opts: { status?: JobStatus; projectId?: string; limit: number; offset: number },
): Promise<{ jobs: JobView[]; total: number }> {
  const where: Prisma.PdfJobWhereInput = { ownerId, ...(opts.status ? { status: opts.status } : {}), ...(opts.projectId ? { projectId: opts.projectId } : {}) };
  const [jobs, total] = await Promise.all([
    db.pdfJob.findMany({
      where,
      select: jobView,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.limit,
      skip: opts.offset,
    }),
    db.pdfJob.count({ where }),
  ]);
  return { jobs, total };
}

/** Counts per status for the Jobs page tabs. */
export async function countJobsByStatus(ownerId: string, projectId?: string): Promise<Record<JobStatus, number>> {
  const rows = await db.pdfJob.groupBy({ by: ["status"], where: { ownerId, ...(projectId ? { projectId } : {}) }, _count: { _all: true } });
  const out = { pending: 0, processing: 0, completed: 0, failed: 0, cancelled: 0 };
  for (const r of rows) out[r.status] = r._count._all;
  return out;
}

/** The submitted input, for "retry" (a new job with the same input). */
export function getJobInputForOwner(ownerId: string, jobId: string) {
  return db.pdfJob.findFirst({
    where: { id: jobId, ownerId },
    select: {
      projectId: true, projectVersionId: true, title: true, yamlContent: true, profile: true, deterministic: true, strictMode: true, renderOptions: true,
      webhookDelivery: { select: { url: true } },
    },
  });
}

export function getDownloadInfoForOwner(ownerId: string, jobId: string) {
  return db.pdfJob.findFirst({
    where: { id: jobId, ownerId },
    select: { id: true, status: true, title: true, outputPath: true, sizeBytes: true, pageCount: true },
  });
}

/** pending|processing → cancelled. Returns the status the job had when the update did not apply. */
export async function cancelJobForOwner(
  ownerId: string,
  jobId: string,
): Promise<{ ok: true } | { ok: false; status: JobStatus | null }> {
  const res = await db.pdfJob.updateMany({
    where: { id: jobId, ownerId, status: { in: ACTIVE_STATUSES } },
    data: { status: "cancelled", completedAt: new Date(), leaseOwner: null, leaseExpiresAt: null, errorMessage: null },
  });
  if (res.count === 1) return { ok: true };
  const row = await db.pdfJob.findFirst({ where: { id: jobId, ownerId }, select: { status: true } });
  return { ok: false, status: row?.status ?? null };
}

/** Deletes a finished job row; returns its storage key so the caller can remove the file. */
export async function deleteJobForOwner(
  ownerId: string,
  jobId: string,
): Promise<{ found: boolean; deleted: boolean; key: string | null }> {
  const row = await db.pdfJob.findFirst({ where: { id: jobId, ownerId }, select: { outputPath: true } });
  if (!row) return { found: false, deleted: false, key: null };
  const res = await db.pdfJob.deleteMany({ where: { id: jobId, ownerId, status: { in: TERMINAL_STATUSES } } });
  return { found: true, deleted: res.count === 1, key: row.outputPath };
}

// ---- runner side (no owner: the runner acts on ids it claimed) ----

/** What the render step needs. Read inside the step, so the queue only ever carries the id. */
export function getJobForRender(jobId: string) {
  return db.pdfJob.findUnique({
    where: { id: jobId },
    select: {
      id: true, ownerId: true, status: true, yamlContent: true, profile: true, deterministic: true, strictMode: true,
      attempts: true, leaseOwner: true, createdAt: true, renderOptions: true,
    },
  });
}

export function getJobStatus(jobId: string) {
  return db.pdfJob.findUnique({ where: { id: jobId }, select: { status: true, leaseOwner: true, attempts: true } });
}

export async function listPendingJobIds(limit: number): Promise<string[]> {
  const rows = await db.pdfJob.findMany({
    where: { status: "pending" },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map((r) => r.id);
}

/** pending → processing under a lease. Atomic: of two concurrent claimers exactly one gets count 1. */
export async function claimJob(jobId: string, leaseOwner: string, leaseMs: number): Promise<boolean> {
  const now = new Date();
  const res = await db.pdfJob.updateMany({
    where: { id: jobId, status: "pending" },
    data: {
      status: "processing",
      leaseOwner,
      leaseExpiresAt: new Date(now.getTime() + leaseMs),
      attempts: { increment: 1 },
      startedAt: now,
      progress: { phase: "queued", done: 0, total: 0 },
      errorMessage: null,
    },
  });
  return res.count === 1;
}

/** Extends the lease of jobs this runner still holds; returns the ids it no longer holds. */
export async function renewLeases(jobIds: string[], leaseOwner: string, leaseMs: number): Promise<string[]> {
  if (jobIds.length === 0) return [];
  await db.pdfJob.updateMany({
    where: { id: { in: jobIds }, status: "processing", leaseOwner },
    data: { leaseExpiresAt: new Date(Date.now() + leaseMs) },
  });
  return listLostJobs(jobIds, leaseOwner);
}

/** Jobs among `jobIds` that are no longer processing under this lease (cancelled, deleted, stolen). */
export async function listLostJobs(jobIds: string[], leaseOwner: string): Promise<string[]> {
  if (jobIds.length === 0) return [];
  const held = await db.pdfJob.findMany({
    where: { id: { in: jobIds }, status: "processing", leaseOwner },
    select: { id: true },
  });
  const keep = new Set(held.map((r) => r.id));
  return jobIds.filter((id) => !keep.has(id));
}

const holder = (jobId: string, leaseOwner: string | null): Prisma.PdfJobWhereInput =>
  leaseOwner ? { id: jobId, status: "processing", leaseOwner } : { id: jobId, status: "processing" };

export async function updateJobProgress(jobId: string, leaseOwner: string | null, progress: { phase: string; done: number; total: number }) {
  const res = await db.pdfJob.updateMany({ where: holder(jobId, leaseOwner), data: { progress: toJson(progress) } });
  return res.count === 1;
}

export async function markJobCompleted(
  jobId: string,
  leaseOwner: string | null,
  out: { key: string; sizeBytes: number; pageCount: number; diagnostics: unknown },
): Promise<boolean> {
  const res = await db.pdfJob.updateMany({
    where: holder(jobId, leaseOwner),
    data: {
      status: "completed",
      errorMessage: null,
      outputPath: out.key,
      sizeBytes: out.sizeBytes,
      pageCount: out.pageCount,
      diagnostics: toJson(out.diagnostics),
      progress: { phase: "done", done: out.pageCount, total: out.pageCount },
      completedAt: new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
    },
  });
  return res.count === 1;
}

export async function markJobFailed(
  jobId: string,
  leaseOwner: string | null,
  message: string,
  diagnostics?: unknown,
): Promise<boolean> {
  const res = await db.pdfJob.updateMany({
    where: leaseOwner ? holder(jobId, leaseOwner) : { id: jobId, status: { in: ACTIVE_STATUSES } },
    data: {
      status: "failed",
      errorMessage: message,
      ...(diagnostics !== undefined ? { diagnostics: toJson(diagnostics) } : {}),
      completedAt: new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
    },
  });
  return res.count === 1;
}

/** processing → pending after a transient error, so any supervisor can try again. */
export async function requeueJob(jobId: string, leaseOwner: string, errorMessage: string): Promise<boolean> {
  const res = await db.pdfJob.updateMany({
    where: holder(jobId, leaseOwner),
    data: { status: "pending", leaseOwner: null, leaseExpiresAt: null, progress: { phase: "queued", done: 0, total: 0 }, errorMessage },
  });
  return res.count === 1;
}

/**
 * Jobs whose supervisor died (lease expired): back to pending while attempts remain, else failed.
 * Both updates re-check the expired lease, so a live supervisor that just renewed keeps its job.
 */
export async function recoverExpiredLeases(maxAttempts: number, failMessage: string) {
  const now = new Date();
  const expired = { status: "processing" as const, leaseExpiresAt: { lt: now } };
  const failed = await db.pdfJob.updateMany({
    where: { ...expired, attempts: { gte: maxAttempts } },
    data: { status: "failed", errorMessage: failMessage, completedAt: now, leaseOwner: null, leaseExpiresAt: null },
  });
  const requeued = await db.pdfJob.updateMany({
    where: { ...expired, attempts: { lt: maxAttempts } },
    data: { status: "pending", leaseOwner: null, leaseExpiresAt: null },
  });
  return { failed: failed.count, requeued: requeued.count };
}

// ---- retention ----

/** Finished jobs older than the cutoff: their rows go, and their files with them. */
export async function listExpiredJobs(cutoff: Date, take = 500) {
  return db.pdfJob.findMany({
    where: {
      status: { in: TERMINAL_STATUSES },
      OR: [{ completedAt: { lt: cutoff } }, { completedAt: null, createdAt: { lt: cutoff } }],
    },
    select: { id: true, outputPath: true },
    take,
  });
}

export async function deleteJobsByIds(ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  // Re-check the status: a job re-queued in the meantime is not "finished" any more.
  const res = await db.pdfJob.deleteMany({ where: { id: { in: ids }, status: { in: TERMINAL_STATUSES } } });
  return res.count;
}

export async function listExistingJobIds(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.pdfJob.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}
