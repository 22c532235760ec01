// PDF job rows, the runner's side: ids only (the runner acts on rows it claimed), never an owner.
// Claim under a lease, renew and recover leases, progress, outcome, and the retention sweep's reads
// and deletes. Each status change is conditional on the current status and the lease holder, so two
// supervisors never claim the same row and a late runner never overwrites a cancelled job.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_STATUSES, TERMINAL_STATUSES } from "@/lib/job-status";

// Diagnostics carry `unknown` fields (original/fixed values); a JSON round trip makes them
// storable as-is and drops anything that is not JSON (undefined, functions).
const toJson = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;

/** What the render step needs. Read inside the step, so the queue only ever carries the id. */
export function getJobForRender(jobId: string) {
  return db.pdfJob.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      ownerId: true,
      status: true,
      yamlContent: true,
      profile: true,
      deterministic: true,
      strictMode: true,
      attempts: true,
      leaseOwner: true,
      createdAt: true,
      renderOptions: true,
      variables: true,
    },
  });
}

export function getJobStatus(jobId: string) {
  return db.pdfJob.findUnique({ where: { id: jobId }, select: { status: true, leaseOwner: true, attempts: true } });
}

/**
 * Pending jobs in fair order, so one user's flood cannot starve the others: owners take turns. An owner
 * with fewer jobs processing goes first (a pro plan's count halves: twice the share), then the owner
 * served least recently (round robin), then pro before free, then the oldest queue. One job per owner
 * per turn; with a single owner waiting, its oldest jobs.
 */
export async function listPendingJobIds(limit: number): Promise<string[]> {
  const waiting = await db.pdfJob.groupBy({ by: ["ownerId"], where: { status: "pending" }, _min: { createdAt: true } });
  if (waiting.length <= 1) {
    const rows = await db.pdfJob.findMany({
      where: { status: "pending" },
      select: { id: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
    });
    return rows.map((r) => r.id);
  }
  const owners = waiting.map((w) => w.ownerId);
  const [running, served, plans] = await Promise.all([
    db.pdfJob.groupBy({ by: ["ownerId"], where: { status: "processing", ownerId: { in: owners } }, _count: { _all: true } }),
    db.pdfJob.groupBy({ by: ["ownerId"], where: { ownerId: { in: owners }, startedAt: { not: null } }, _max: { startedAt: true } }),
    db.user.findMany({ where: { id: { in: owners } }, select: { id: true, plan: true } }),
  ]);
  const runningOf = new Map(running.map((r) => [r.ownerId, r._count._all]));
  const lastServed = new Map(served.map((r) => [r.ownerId, r._max.startedAt?.getTime() ?? 0]));
  const weight = new Map(plans.map((u) => [u.id, u.plan === "pro" ? 2 : 1]));
  const share = (o: string) => (runningOf.get(o) ?? 0) / (weight.get(o) ?? 1);
  const turns = waiting
    .sort(
      (a, b) =>
        share(a.ownerId) - share(b.ownerId) ||
        (lastServed.get(a.ownerId) ?? 0) - (lastServed.get(b.ownerId) ?? 0) ||
        (weight.get(b.ownerId) ?? 1) - (weight.get(a.ownerId) ?? 1) ||
        (a._min.createdAt?.getTime() ?? 0) - (b._min.createdAt?.getTime() ?? 0),
    )
    .slice(0, limit);
  const firsts = await Promise.all(
    turns.map((t) =>
      db.pdfJob.findFirst({
        where: { ownerId: t.ownerId, status: "pending" },
        select: { id: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
    ),
  );
  return firsts.flatMap((r) => (r ? [r.id] : []));
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

export async function updateJobProgress(
  jobId: string,
  leaseOwner: string | null,
  progress: { phase: string; done: number; total: number },
) {
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

export async function markJobFailed(jobId: string, leaseOwner: string | null, message: string, diagnostics?: unknown): Promise<boolean> {
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
 * Every update re-checks the expired lease, so a live supervisor that just renewed keeps its job. The
 * failed ones are marked one by one so the caller knows exactly which it failed (and records their
 * events and webhooks once, even with several supervisors recovering at the same time).
 */
export async function recoverExpiredLeases(maxAttempts: number, failMessage: string) {
  const now = new Date();
  const exhausted = { status: "processing" as const, leaseExpiresAt: { lt: now }, attempts: { gte: maxAttempts } };
  const candidates = await db.pdfJob.findMany({ where: exhausted, select: { id: true } });
  const failedIds: string[] = [];
  for (const { id } of candidates) {
    const res = await db.pdfJob.updateMany({
      where: { id, ...exhausted },
      data: { status: "failed", errorMessage: failMessage, completedAt: now, leaseOwner: null, leaseExpiresAt: null },
    });
    if (res.count === 1) failedIds.push(id);
  }
  const requeued = await db.pdfJob.updateMany({
    where: { status: "processing", leaseExpiresAt: { lt: now }, attempts: { lt: maxAttempts } },
    data: { status: "pending", leaseOwner: null, leaseExpiresAt: null },
  });
  return { failedIds, requeued: requeued.count };
}

// ---- retention ----

/**
 * Finished jobs older than the cutoff: their rows go, and their files with them. A job with a share
 * link that still works at `now` stays until its last link expires or is revoked.
 */
export async function listExpiredJobs(cutoff: Date, take = 500, now = new Date()) {
  return db.pdfJob.findMany({
    where: {
      status: { in: TERMINAL_STATUSES },
      OR: [{ completedAt: { lt: cutoff } }, { completedAt: null, createdAt: { lt: cutoff } }],
      shareLinks: { none: { revokedAt: null, expiresAt: { gt: now } } },
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
