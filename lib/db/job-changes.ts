// Reads behind the live job stream and the Jobs page's queue positions. The database is the truth:
// the stream only reports rows that changed, so a dropped connection loses nothing.
import { db } from "@/lib/db/client";
import { getJobForOwner, type JobView } from "@/lib/db/jobs";

/** The owner's jobs changed at or after `since` (oldest first, at most `limit`), as ids with their change time. */
export function listJobChangesSince(ownerId: string, since: Date, limit = 100): Promise<{ id: string; updatedAt: Date }[]> {
  return db.pdfJob.findMany({
    where: { ownerId, updatedAt: { gte: since } },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, updatedAt: true },
  });
}

export const getChangedJob = (ownerId: string, jobId: string): Promise<JobView | null> => getJobForOwner(ownerId, jobId);

/**
 * Place in the queue of each waiting job: 1 + the jobs of every user waiting longer (the queue is
 * first-in, first-out across users). Jobs that are not waiting are absent from the map.
 */
export async function queuePositions(jobs: { id: string; status: string; createdAt: Date }[]): Promise<Map<string, number>> {
  const waiting = jobs.filter((j) => j.status === "pending");
  const counts = await Promise.all(
    waiting.map((j) =>
      db.pdfJob.count({
        where: { status: "pending", OR: [{ createdAt: { lt: j.createdAt } }, { createdAt: j.createdAt, id: { lt: j.id } }] },
      }),
    ),
  );
  return new Map(waiting.map((j, i) => [j.id, (counts[i] ?? 0) + 1]));
}
