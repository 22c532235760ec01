// Batch rows and their children's state. Every read takes the owner id (404 for anyone else's batch).
import { db } from "@/lib/db/client";
import { ACTIVE_STATUSES } from "@/lib/job-status";

const childSelect = {
  id: true,
  status: true,
  profile: true,
  variables: true,
  title: true,
  progress: true,
  pageCount: true,
  sizeBytes: true,
  errorMessage: true,
  createdAt: true,
  startedAt: true,
  completedAt: true,
  outputPath: true,
} as const;

const batchSelect = { id: true, title: true, createdAt: true, jobs: { select: childSelect, orderBy: { createdAt: "asc" } } } as const;

export type BatchView = NonNullable<Awaited<ReturnType<typeof getBatchForOwner>>>;
export type BatchChildView = BatchView["jobs"][number];

export function createBatchRow(ownerId: string, title: string, webhookUrl: string | null = null) {
  return db.pdfBatch.create({ data: { ownerId, title, webhookUrl }, select: { id: true } });
}

/** For the batch.completed check: the batch, its owner, its webhook_url and whether it was notified. */
export function getBatchForNotification(batchId: string) {
  return db.pdfBatch.findUnique({
    where: { id: batchId },
    select: { ...batchSelect, ownerId: true, webhookUrl: true, completedNotifiedAt: true },
  });
}

/** Marks the batch as notified; true for exactly one caller however many children finish at once. */
export async function claimBatchNotification(batchId: string, at: Date): Promise<boolean> {
  const res = await db.pdfBatch.updateMany({ where: { id: batchId, completedNotifiedAt: null }, data: { completedNotifiedAt: at } });
  return res.count === 1;
}

export function getBatchForOwner(ownerId: string, batchId: string) {
  return db.pdfBatch.findFirst({ where: { id: batchId, ownerId }, select: batchSelect });
}

export async function listBatchesForOwner(ownerId: string, page: { limit: number; offset: number }) {
  const [batches, total] = await Promise.all([
    db.pdfBatch.findMany({ where: { ownerId }, select: batchSelect, orderBy: { createdAt: "desc" }, take: page.limit, skip: page.offset }),
    db.pdfBatch.count({ where: { ownerId } }),
  ]);
  return { batches, total };
}

/** The ids of the batch's children that are still pending or processing. */
export async function listActiveChildIds(ownerId: string, batchId: string): Promise<string[]> {
  const rows = await db.pdfJob.findMany({ where: { batchId, ownerId, status: { in: ACTIVE_STATUSES } }, select: { id: true } });
  return rows.map((r) => r.id);
}
