// The operator's view across all users: the queue now, job events over a window, users and their
// active jobs. Nothing here is scoped to an owner, so only lib/admin (behind the admin check) calls it.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function queueDepth(): Promise<{ pending: number; processing: number }> {
  const rows = await db.pdfJob.groupBy({ by: ["status"], where: { status: { in: ["pending", "processing"] } }, _count: { _all: true } });
  const out = { pending: 0, processing: 0 };
  for (const r of rows) if (r.status === "pending" || r.status === "processing") out[r.status] = r._count._all;
  return out;
}

/** Finishing events in [since, until) (completed, failed, cancelled): what the per-day figures are made of. */
export function finishEventsBetween(since: Date, until: Date) {
  return db.jobEvent.findMany({
    where: { type: { in: ["completed", "failed", "cancelled"] }, at: { gte: since, lt: until } },
    select: { type: true, at: true, durationMs: true },
  });
}

/** Failed events in [since, until) grouped by their message, most frequent first. */
export async function failureCausesBetween(since: Date, until: Date, limit: number) {
  const rows = await db.jobEvent.groupBy({
    by: ["error"],
    where: { type: "failed", at: { gte: since, lt: until } },
    _count: { _all: true },
    _max: { at: true },
    orderBy: [{ _count: { id: "desc" } }, { _max: { at: "desc" } }],
    take: limit,
  });
  return rows.map((r) => ({ error: r.error, count: r._count._all, lastAt: r._max.at }));
}

const userRow = { id: true, email: true, name: true, role: true, plan: true, createdAt: true } as const;

/**
 * E-mail contains `q`, whatever the case: users from an OAuth provider keep the provider's spelling
 * (`Ann@Example.com`), only the development sign-in stores lower case. Postgres' `contains` is
 * case-sensitive (LIKE) unless asked (ILIKE, Unicode-aware); SQLite's LIKE already ignores the case of
 * ASCII letters, and its client has no `mode`. `%` and `_` in `q` act as LIKE wildcards on both (an
 * operator's search: matching more is harmless).
 */
function emailContains(q: string): Prisma.UserWhereInput {
  if (env.databaseProvider === "postgresql") return { email: { contains: q, mode: "insensitive" } } as Prisma.UserWhereInput;
  return { email: { contains: q } };
}

/** Users whose e-mail contains `q` (any case), newest first. */
export async function listUsers(opts: { q?: string; limit: number; offset: number }) {
  const where: Prisma.UserWhereInput = opts.q ? emailContains(opts.q) : {};
  const [users, total] = await Promise.all([
    db.user.findMany({ where, select: userRow, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: opts.limit, skip: opts.offset }),
    db.user.count({ where }),
  ]);
  return { users, total };
}

export function getUserRow(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: userRow });
}

/** Every user's queued and running jobs: running first, then oldest first (the order they will run in, roughly). */
export async function listActiveJobs(limit: number) {
  const where: Prisma.PdfJobWhereInput = { status: { in: ["pending", "processing"] } };
  const [jobs, total] = await Promise.all([
    db.pdfJob.findMany({
      where,
      select: {
        id: true,
        status: true,
        title: true,
        profile: true,
        progress: true,
        attempts: true,
        createdAt: true,
        startedAt: true,
        owner: { select: { id: true, email: true, plan: true } },
      },
      orderBy: [{ status: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      take: limit,
    }),
    db.pdfJob.count({ where }),
  ]);
  return { jobs, total };
}

export async function getJobOwnerId(jobId: string): Promise<string | null> {
  return (await db.pdfJob.findUnique({ where: { id: jobId }, select: { ownerId: true } }))?.ownerId ?? null;
}
