// PDF job rows, the owner's side: create, read, list, cancel and delete, each scoped by owner. The
// runner's side (claim, lease, progress, outcome, retention) is ./job-runs.ts. Every status change is
// a conditional update on the current status, so a job that is cancelled (or finished) can never be
// overwritten by a runner that finishes later.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_STATUSES, TERMINAL_STATUSES, type JobStatus } from "@/lib/job-status";

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
  variables: true,
  // The job's own webhook_url delivery; endpoint deliveries of its events are listed per endpoint.
  webhookDeliveries: {
    where: { endpointId: null },
    take: 1,
    select: { url: true, status: true, attempts: true, lastStatusCode: true, lastError: true, deliveredAt: true },
  },
  mailMessage: { select: { status: true, sentAt: true } },
} satisfies Prisma.PdfJobSelect;

export type JobView = Prisma.PdfJobGetPayload<{ select: typeof jobView }>;

export type NewJob = {
  ownerId: string;
  projectId?: string | null;
  projectVersionId?: string | null;
  title: string;
  yamlContent: string;
  profile?: string | null;
  deterministic: boolean;
  strictMode: boolean;
  /** Validated render options (§7.8, lib/jobs/schema.ts), stored as given so a retry renders the same way. */
  renderOptions?: Prisma.InputJsonObject;
  /** Validated render-time variables (lib/jobs/variables.ts); the template's tokens can use them. */
  variables?: Prisma.InputJsonObject | null;
  /** Checked https URL (lib/webhooks/url.ts) to notify when the job finishes; its delivery row commits with the job. */
  webhookUrl?: string | null;
  /** The batch this job is one device of (lib/jobs/batches.ts). */
  batchId?: string | null;
  /** E-mail the owner when the job finishes: its outbox row (lib/mail) commits with the job. */
  notifyEmail?: boolean;
  /** The page count checked at creation; not stored, it travels with the queue event (a large job is spread). */
  expectedPages?: number;
};

/** `client` is a transaction when the queue event is written with the row (lib/db/outbox.ts). */
export function createJob(input: NewJob, client: Pick<typeof db, "pdfJob"> = db): Promise<JobView> {
  const { webhookUrl, variables, notifyEmail, expectedPages: _expected, ...row } = input;
  return client.pdfJob.create({
    data: {
      ...row,
      status: "pending",
      ...(variables ? { variables } : {}),
      ...(webhookUrl ? { webhookDeliveries: { create: { url: webhookUrl } } } : {}),
      ...(notifyEmail ? { mailMessage: { create: { ownerId: row.ownerId } } } : {}),
    },
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
  const where: Prisma.PdfJobWhereInput = {
    ownerId,
    ...(opts.status ? { status: opts.status } : {}),
    ...(opts.projectId ? { projectId: opts.projectId } : {}),
  };
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
      projectId: true,
      projectVersionId: true,
      title: true,
      yamlContent: true,
      profile: true,
      deterministic: true,
      strictMode: true,
      renderOptions: true,
      variables: true,
      webhookDeliveries: { where: { endpointId: null }, take: 1, select: { url: true } },
      mailMessage: { select: { id: true } },
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
export async function cancelJobForOwner(ownerId: string, jobId: string): Promise<{ ok: true } | { ok: false; status: JobStatus | null }> {
  const res = await db.pdfJob.updateMany({
    where: { id: jobId, ownerId, status: { in: ACTIVE_STATUSES } },
    data: { status: "cancelled", completedAt: new Date(), leaseOwner: null, leaseExpiresAt: null, errorMessage: null },
  });
  if (res.count === 1) return { ok: true };
  const row = await db.pdfJob.findFirst({ where: { id: jobId, ownerId }, select: { status: true } });
  return { ok: false, status: row?.status ?? null };
}

/** Deletes a finished job row; returns its storage key so the caller can remove the file. */
export async function deleteJobForOwner(ownerId: string, jobId: string): Promise<{ found: boolean; deleted: boolean; key: string | null }> {
  const row = await db.pdfJob.findFirst({ where: { id: jobId, ownerId }, select: { outputPath: true } });
  if (!row) return { found: false, deleted: false, key: null };
  const res = await db.pdfJob.deleteMany({ where: { id: jobId, ownerId, status: { in: TERMINAL_STATUSES } } });
  return { found: true, deleted: res.count === 1, key: row.outputPath };
}
