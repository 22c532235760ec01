// Job events: one row per state change, outliving the job row (see the JobEvent model).
import { db } from "@/lib/db/client";

export type JobEventType = "created" | "started" | "completed" | "failed" | "cancelled";

export type NewJobEvent = {
  jobId: string;
  userId: string;
  type: JobEventType;
  at?: Date;
  durationMs?: number | null;
  pages?: number | null;
  bytes?: number | null;
  error?: string | null;
};

export async function recordJobEvent(event: NewJobEvent): Promise<void> {
  await db.jobEvent.create({ data: { ...event, at: event.at ?? new Date() } });
}

/** The event for a job that just changed state, with the owner and timings read from its row. */
export async function recordJobTransition(jobId: string, type: Exclude<JobEventType, "created">, error?: string): Promise<void> {
  const job = await db.pdfJob.findUnique({
    where: { id: jobId },
    select: { ownerId: true, startedAt: true, completedAt: true, pageCount: true, sizeBytes: true },
  });
  if (!job) return;
  const end = job.completedAt ?? new Date();
  await recordJobEvent({
    jobId,
    userId: job.ownerId,
    type,
    at: type === "started" ? (job.startedAt ?? new Date()) : end,
    durationMs: type !== "started" && job.startedAt ? end.getTime() - job.startedAt.getTime() : null,
    pages: type === "completed" ? job.pageCount : null,
    bytes: type === "completed" ? job.sizeBytes : null,
    error: error ?? null,
  });
}

export async function countJobEvents(userId: string, type: JobEventType, since: Date): Promise<number> {
  return db.jobEvent.count({ where: { userId, type, at: { gte: since } } });
}

export async function sumPagesSince(userId: string, since: Date): Promise<number> {
  const { _sum } = await db.jobEvent.aggregate({ where: { userId, type: "completed", at: { gte: since } }, _sum: { pages: true } });
  return _sum.pages ?? 0;
}

export async function deleteJobEventsBefore(cutoff: Date): Promise<number> {
  return (await db.jobEvent.deleteMany({ where: { at: { lt: cutoff } } })).count;
}
