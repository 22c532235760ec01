// The e-mail outbox (prisma MailMessage). Rows are written with their job (lib/db/jobs.ts createJob),
// composed and sent by lib/mail/dispatch.ts, which works on ids it claimed; the owner's side (the
// Outbox page) is scoped by owner id.
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { TERMINAL_STATUSES } from "@/lib/job-status";
export type DueMail = { id: string; status: "waiting" | "pending"; attempts: number };

/** Composed mails whose attempt is due, and waiting ones whose job has finished (or is gone). */
export async function listDueMail(now: Date, limit: number, jobId?: string): Promise<DueMail[]> {
  const rows = await db.mailMessage.findMany({
    where: {
      nextAttemptAt: { lte: now },
      ...(jobId ? { jobId } : {}),
      OR: [{ status: "pending" }, { status: "waiting", OR: [{ jobId: null }, { job: { status: { in: TERMINAL_STATUSES } } }] }],
    },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, status: true, attempts: true },
  });
  return rows.filter((r): r is DueMail => r.status === "waiting" || r.status === "pending");
}

/** Takes a due row for one attempt by moving its due time to `until` (atomic across processes). */
export async function claimMail(id: string, status: DueMail["status"], now: Date, until: Date): Promise<boolean> {
  const res = await db.mailMessage.updateMany({ where: { id, status, nextAttemptAt: { lte: now } }, data: { nextAttemptAt: until } });
  return res.count === 1;
}

/** What a job-finished mail is about: the job and where it goes. */
export function getMailSubject(id: string) {
  return db.mailMessage.findUnique({
    where: { id },
    select: {
      ownerId: true,
      owner: { select: { email: true, name: true } },
      job: {
        select: {
          id: true,
          status: true,
          title: true,
          profile: true,
          pageCount: true,
          sizeBytes: true,
          errorMessage: true,
          outputPath: true,
        },
      },
    },
  });
}

export type ComposedMail = { toAddress: string; subject: string; textBody: string; htmlBody: string };

export async function storeComposedMail(id: string, mail: ComposedMail, now: Date): Promise<void> {
  await db.mailMessage.update({ where: { id }, data: { ...mail, status: "pending", nextAttemptAt: now } });
}

export function getComposedMail(id: string) {
  return db.mailMessage.findUnique({ where: { id }, select: { toAddress: true, subject: true, textBody: true, htmlBody: true } });
}

export type MailOutcome =
  | { status: "sent" | "kept" | "skipped" | "failed"; error?: string | null }
  | { status: "pending" | "waiting"; nextAttemptAt: Date; error: string };

export async function recordMailOutcome(id: string, attempts: number, outcome: MailOutcome, now: Date): Promise<void> {
  await db.mailMessage.update({
    where: { id },
    data: {
      attempts,
      status: outcome.status,
      lastError: outcome.error?.slice(0, 500) ?? null,
      ...(outcome.status === "sent" || outcome.status === "kept" ? { sentAt: now } : {}),
      ...("nextAttemptAt" in outcome ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
    },
  });
}

const outboxView = {
  id: true,
  jobId: true,
  status: true,
  toAddress: true,
  subject: true,
  textBody: true,
  htmlBody: true,
  attempts: true,
  lastError: true,
  sentAt: true,
  createdAt: true,
} as const;

export async function listOutboxForOwner(ownerId: string, opts: { limit: number; offset: number }) {
  const where = { ownerId };
  const [mails, total] = await Promise.all([
    db.mailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.limit,
      skip: opts.offset,
      select: outboxView,
    }),
    db.mailMessage.count({ where }),
  ]);
  return { mails, total };
}
export type OutboxMail = Awaited<ReturnType<typeof listOutboxForOwner>>["mails"][number];

export function getOutboxMailForOwner(ownerId: string, id: string) {
  return db.mailMessage.findFirst({ where: { id, ownerId }, select: outboxView });
}

/** A waiting mail for a job of the owner's; false when the job already has one (asking twice is fine). */
export async function createMailForJob(ownerId: string, jobId: string): Promise<boolean> {
  try {
    await db.mailMessage.create({ data: { ownerId, jobId }, select: { id: true } });
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

/** Retention: finished mails (sent, kept, failed, skipped) created before `before`. */
export async function deleteFinishedMailBefore(before: Date): Promise<number> {
  const res = await db.mailMessage.deleteMany({
    where: { createdAt: { lt: before }, status: { in: ["sent", "kept", "failed", "skipped"] } },
  });
  return res.count;
}
