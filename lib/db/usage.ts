// The raw figures quotas are checked against, and operators' per-user quota overrides.
import { db } from "@/lib/db/client";
import type { QuotaOverrideValues } from "@/lib/quotas/plans";

export async function countActiveJobs(userId: string): Promise<number> {
  return db.pdfJob.count({ where: { ownerId: userId, status: { in: ["pending", "processing"] } } });
}

/** Bytes kept for the user: stored PDFs plus uploaded assets. */
export async function storedBytes(userId: string): Promise<{ bytes: number; oldestPdfAt: Date | null }> {
  const [pdfs, assets] = await Promise.all([
    db.pdfJob.aggregate({ where: { ownerId: userId, outputPath: { not: null } }, _sum: { sizeBytes: true }, _min: { completedAt: true } }),
    db.asset.aggregate({ where: { ownerId: userId }, _sum: { sizeBytes: true } }),
  ]);
  return { bytes: (pdfs._sum.sizeBytes ?? 0) + (assets._sum.sizeBytes ?? 0), oldestPdfAt: pdfs._min.completedAt };
}

const overrideSelect = { jobsPerDay: true, concurrentJobs: true, pagesPerMonth: true, storageMb: true } as const;

export function getQuotaOverride(userId: string): Promise<QuotaOverrideValues | null> {
  return db.quotaOverride.findUnique({ where: { userId }, select: overrideSelect });
}

/** Sets (or, with every value null, removes) a user's override. */
export async function setQuotaOverride(userId: string, values: QuotaOverrideValues): Promise<void> {
  if (Object.values(values).every((v) => v === null)) {
    await db.quotaOverride.deleteMany({ where: { userId } });
    return;
  }
  await db.quotaOverride.upsert({ where: { userId }, create: { userId, ...values }, update: values });
}
