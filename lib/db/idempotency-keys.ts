// Idempotency keys of POST /api/pdf/jobs (lib/jobs/idempotency.ts decides what they mean). Every
// read is scoped to the user and ignores expired rows, so a key older than its TTL never matches.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type StoredIdempotencyKey = { requestHash: string; jobId: string };

export function findLiveIdempotencyKey(userId: string, key: string, now = new Date()): Promise<StoredIdempotencyKey | null> {
  return db.idempotencyKey.findFirst({
    where: { userId, key, expiresAt: { gt: now } },
    select: { requestHash: true, jobId: true },
  });
}

/** Frees an expired (userId, key) so it can be stored again; the unique constraint would refuse it. */
export async function deleteExpiredIdempotencyKey(userId: string, key: string, now = new Date()): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { userId, key, expiresAt: { lte: now } } });
}

/** Inside the job's transaction: throws Prisma's P2002 when another request stored the key first. */
export async function insertIdempotencyKey(
  tx: Pick<Prisma.TransactionClient, "idempotencyKey">,
  row: { userId: string; key: string; requestHash: string; jobId: string; expiresAt: Date },
): Promise<void> {
  await tx.idempotencyKey.create({ data: row, select: { id: true } });
}

/** Retention: keys past their TTL. */
export async function deleteExpiredIdempotencyKeys(now = new Date()): Promise<number> {
  const res = await db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
  return res.count;
}
