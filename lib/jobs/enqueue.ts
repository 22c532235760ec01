// Creating and cancelling PDF jobs through the job queue (lib/jobs/queue), which knows the runner.
// Shared by the REST handlers and the server actions.
import { isUniqueViolation } from "@/lib/db/errors";
import { deleteExpiredIdempotencyKey, findLiveIdempotencyKey, insertIdempotencyKey } from "@/lib/db/idempotency-keys";
import { recordJobEvent } from "@/lib/db/job-events";
import * as jobs from "@/lib/db/jobs";
import { getNotifyEmail, getPlan } from "@/lib/db/users";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_TTL_MS, idempotencyKeyReused, type IdempotencyRequest } from "@/lib/jobs/idempotency";
import { recordJobFinished } from "@/lib/jobs/job-finished";
import { getJobQueue } from "@/lib/jobs/queue";
import { readStoredRenderOptions } from "@/lib/jobs/render-options";
import { readStoredVariables, type Variables } from "@/lib/jobs/variables";
import { resolveRenderSource, type RenderSource } from "@/lib/jobs/render-source";
import type { CreateRenderJobInput } from "@/lib/jobs/schema";
import { deleteJobPageImages } from "@/lib/pages/job-pages";
import { assertWithinQuota } from "@/lib/quotas/usage";
import { getStorage } from "@/lib/storage";
import { webhookPolicyFromEnv, webhookUrlProblem } from "@/lib/webhooks/url";

const newJobFrom = (
  ownerId: string,
  source: RenderSource,
  webhookUrl: string | null,
  variables?: Variables | null,
  notifyEmail = false,
): jobs.NewJob => ({
  ownerId,
  projectId: source.projectId,
  projectVersionId: source.projectVersionId,
  title: source.title,
  yamlContent: source.yaml,
  profile: source.profile,
  deterministic: source.deterministic,
  strictMode: source.strictMode,
  renderOptions: source.renderOptions,
  variables: variables && Object.keys(variables).length > 0 ? variables : null,
  webhookUrl,
  notifyEmail,
  ...(source.pageCount ? { expectedPages: source.pageCount } : {}),
});

/** The job's own notify_email, else the owner's setting (Settings → Notifications). */
async function wantsEmail(ownerId: string, input: CreateRenderJobInput): Promise<boolean> {
  return input.notify_email ?? (await getNotifyEmail(ownerId));
}

/** A job's or batch's webhook_url, checked against the server's webhook policy (https, no private hosts). */
export function checkedWebhookUrl(input: { webhook_url?: string }): string | null {
  if (input.webhook_url === undefined) return null;
  const problem = webhookUrlProblem(input.webhook_url, webhookPolicyFromEnv());
  if (problem) throw new AppError("BAD_INPUT", `webhook_url: ${problem}`);
  return input.webhook_url;
}

export async function createRenderJob(ownerId: string, input: CreateRenderJobInput): Promise<jobs.JobView> {
  const webhookUrl = checkedWebhookUrl(input);
  const source = await resolveRenderSource(ownerId, input);
  await checkQuota(ownerId, source.pageCount);
  return insertJob(ownerId, newJobFrom(ownerId, source, webhookUrl, input.variables, await wantsEmail(ownerId, input)));
}

/** Writes the job through the queue, then the event quotas count jobs by. */
async function insertJob(ownerId: string, job: jobs.NewJob, alsoWrite?: Parameters<ReturnType<typeof getJobQueue>["insert"]>[1]) {
  const created = await getJobQueue().insert(job, alsoWrite);
  await recordJobEvent({ jobId: created.id, userId: ownerId, type: "created", at: created.createdAt });
  return created;
}

/** Queues already-resolved (and quota-checked, see checkQuota) sources as the jobs of one batch. */
export async function enqueueResolved(
  ownerId: string,
  children: { source: RenderSource; variables: Variables | null }[],
  batchId: string,
): Promise<jobs.JobView[]> {
  const created: jobs.JobView[] = [];
  for (const { source, variables } of children) {
    created.push(await insertJob(ownerId, { ...newJobFrom(ownerId, source, null, variables), batchId }));
  }
  return created;
}

/** 429 QUOTA_EXCEEDED when `jobs` more jobs of `pages` pages in all pass one of the owner's quotas. */
export async function checkQuota(ownerId: string, pages: number | undefined, jobs = 1) {
  await assertWithinQuota({ id: ownerId, plan: await getPlan(ownerId) }, { jobs, pages: pages ?? 0 });
}

/**
 * createRenderJob under an Idempotency-Key: a live key with the same body returns its job
 * (`replayed`), with another body it is a 422. The key is stored in the job's own transaction, so
 * when two requests race, the unique (user, key) constraint lets one commit and the other replays it.
 */
export async function createRenderJobIdempotent(
  ownerId: string,
  input: CreateRenderJobInput,
  idem: IdempotencyRequest,
): Promise<{ job: jobs.JobView; replayed: boolean }> {
  const webhookUrl = checkedWebhookUrl(input);
  const earlier = await replayIdempotent(ownerId, idem);
  if (earlier) return { job: earlier, replayed: true };
  await deleteExpiredIdempotencyKey(ownerId, idem.key);
  const source = await resolveRenderSource(ownerId, input);
  await checkQuota(ownerId, source.pageCount);
  try {
    const job = await insertJob(
      ownerId,
      newJobFrom(ownerId, source, webhookUrl, input.variables, await wantsEmail(ownerId, input)),
      (tx, created) =>
        insertIdempotencyKey(tx, {
          userId: ownerId,
          key: idem.key,
          requestHash: idem.requestHash,
          jobId: created.id,
          expiresAt: new Date(Date.now() + IDEMPOTENCY_TTL_MS),
        }),
    );
    return { job, replayed: false };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // A concurrent request with this key committed first; our transaction (and its job) rolled back.
    const winner = await replayIdempotent(ownerId, idem);
    if (winner) return { job: winner, replayed: true };
    throw new AppError("CONFLICT", `${IDEMPOTENCY_HEADER}: another request with this key is being processed; retry shortly`);
  }
}

async function replayIdempotent(ownerId: string, idem: IdempotencyRequest): Promise<jobs.JobView | null> {
  const stored = await findLiveIdempotencyKey(ownerId, idem.key);
  if (!stored) return null;
  if (stored.requestHash !== idem.requestHash) throw idempotencyKeyReused();
  return jobs.getJobForOwner(ownerId, stored.jobId);
}

/** Retry = a new job with the same input (the failed one stays in the history). */
export async function retryRenderJob(ownerId: string, jobId: string): Promise<jobs.JobView> {
  const input = await jobs.getJobInputForOwner(ownerId, jobId);
  if (!input) throw notFound("Job");
  const { webhookDeliveries, variables, mailMessage, ...rest } = input;
  await checkQuota(ownerId, undefined);
  return insertJob(ownerId, {
    ownerId,
    ...rest,
    renderOptions: readStoredRenderOptions(input.renderOptions),
    variables: readStoredVariables(variables),
    webhookUrl: webhookDeliveries[0]?.url ?? null,
    notifyEmail: mailMessage !== null,
  });
}

export async function cancelRenderJob(ownerId: string, jobId: string): Promise<void> {
  const res = await jobs.cancelJobForOwner(ownerId, jobId);
  if (!res.ok) {
    if (res.status === null) throw notFound("Job");
    throw new AppError("CONFLICT", `Job is already ${res.status} and cannot be cancelled`);
  }
  await recordJobFinished(jobId, "cancelled");
  await getJobQueue().cancelled(jobId);
}

/** Removes a finished job and its file from the history. */
export async function deleteRenderJob(ownerId: string, jobId: string): Promise<void> {
  const res = await jobs.deleteJobForOwner(ownerId, jobId);
  if (!res.found) throw notFound("Job");
  if (!res.deleted) throw new AppError("CONFLICT", "Cancel the job before deleting it");
  if (res.key) await getStorage().delete(res.key);
  await deleteJobPageImages(jobId);
}
