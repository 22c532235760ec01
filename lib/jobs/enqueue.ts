// Creating and cancelling PDF jobs: the one place that knows which runner picks jobs up.
// Shared by the REST handlers, the server actions and the sync endpoint (resolveRenderSource).
import { isUniqueViolation } from "@/lib/db/errors";
import { deleteExpiredIdempotencyKey, findLiveIdempotencyKey, insertIdempotencyKey } from "@/lib/db/idempotency-keys";
import * as jobs from "@/lib/db/jobs";
import { getProjectForOwner } from "@/lib/db/projects";
import { getLatestVersion } from "@/lib/db/project-versions";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { jobSignals } from "@/lib/jobs/events";
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_TTL_MS, idempotencyKeyReused, type IdempotencyRequest } from "@/lib/jobs/idempotency";
import { readStoredRenderOptions } from "@/lib/jobs/render-options";
import { DEFAULT_RENDER_OPTIONS, type CreateRenderJobInput, type RenderOptionsInput } from "@/lib/jobs/schema";
import { deleteJobPageImages } from "@/lib/pages/job-pages";
import { inspectDocument } from "@/lib/render/render";
import { formatDiagnostic } from "@/lib/templates/diagnostics";
import { getProfile } from "@/lib/templates/profiles";
import { getStorage } from "@/lib/storage";
import { webhookPolicyFromEnv, webhookUrlProblem } from "@/lib/webhooks/url";
import { createJobWithRequestedEvent, sendJobCancelledEvent } from "@/inngest/enqueue";

export type RenderSource = {
  projectId: string | null;
  /** The saved version rendered; null for pasted YAML (also when it is sent with a project id). */
  projectVersionId: string | null;
  title: string;
  yaml: string;
  profile: string | null;
  deterministic: boolean;
  strictMode: boolean;
  renderOptions: RenderOptionsInput;
  pageCount: number | undefined;
};

/**
 * The YAML to render (submitted, or the caller's project), checked before any work is queued:
 * invalid template, unknown profile and page limit are answered now, not after a render.
 */
export async function resolveRenderSource(ownerId: string, input: CreateRenderJobInput): Promise<RenderSource> {
  let yaml = input.yaml_content;
  let profile = input.profile ?? null;
  let projectId: string | null = null;
  let projectName: string | null = null;
  let projectVersionId: string | null = null;
  if (input.project_id) {
    const project = await getProjectForOwner(ownerId, input.project_id);
    if (!project) throw notFound("Project");
    projectId = project.id;
    projectName = project.name;
    if (yaml === undefined) {
      yaml = project.templateYaml;
      projectVersionId = (await getLatestVersion(project.id))?.id ?? null;
    }
    profile ??= project.deviceProfile || null;
  }
  if (!yaml?.trim()) throw new AppError("BAD_INPUT", "yaml_content: the template is empty");
  if (input.profile && !getProfile(input.profile)) {
    throw new AppError("BAD_INPUT", "profile: unknown device profile; GET /api/profiles lists the available ones");
  }

  const renderOptions = input.render_options ?? DEFAULT_RENDER_OPTIONS;
  const inspected = inspectDocument(yaml, {
    profile: profile ?? undefined,
    strict: input.strict_mode,
    deterministic: input.deterministic,
    maxPages: env.MAX_PDF_PAGES,
    // The scope decides which constraint violations are fatal in strict mode.
    constraintScope: renderOptions.constraint_scope,
  });
  if (!inspected.ok) {
    const errors = inspected.diagnostics.filter((d) => d.severity === "error");
    const limit = errors.find((d) => d.code === "page_limit");
    if (limit) throw new AppError("PAGE_LIMIT", limit.message, { diagnostics: errors });
    const head = errors.slice(0, 3).map(formatDiagnostic).join("; ");
    throw new AppError("TEMPLATE_INVALID", `Template is invalid: ${head || "it could not be read"}`, { diagnostics: errors });
  }
  return {
    projectId,
    projectVersionId,
    title: projectName ?? inspected.title,
    yaml,
    profile,
    deterministic: input.deterministic,
    strictMode: input.strict_mode,
    renderOptions,
    pageCount: inspected.pageCount,
  };
}

const newJobFrom = (ownerId: string, source: RenderSource, webhookUrl: string | null): jobs.NewJob => ({
  ownerId,
  projectId: source.projectId,
  projectVersionId: source.projectVersionId,
  title: source.title,
  yamlContent: source.yaml,
  profile: source.profile,
  deterministic: source.deterministic,
  strictMode: source.strictMode,
  renderOptions: source.renderOptions,
  webhookUrl,
});

/** The job's webhook_url, checked against the server's webhook policy (https, no private hosts). */
function checkedWebhookUrl(input: CreateRenderJobInput): string | null {
  if (input.webhook_url === undefined) return null;
  const problem = webhookUrlProblem(input.webhook_url, webhookPolicyFromEnv());
  if (problem) throw new AppError("BAD_INPUT", `webhook_url: ${problem}`);
  return input.webhook_url;
}

export async function createRenderJob(ownerId: string, input: CreateRenderJobInput): Promise<jobs.JobView> {
  const webhookUrl = checkedWebhookUrl(input);
  const source = await resolveRenderSource(ownerId, input);
  const job = await insertJob(newJobFrom(ownerId, source, webhookUrl));
  notifyQueued();
  return job;
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
  try {
    const job = await insertJob(newJobFrom(ownerId, source, webhookUrl), (tx, created) =>
      insertIdempotencyKey(tx, {
        userId: ownerId,
        key: idem.key,
        requestHash: idem.requestHash,
        jobId: created.id,
        expiresAt: new Date(Date.now() + IDEMPOTENCY_TTL_MS),
      }),
    );
    notifyQueued();
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
  const { webhookDelivery, ...rest } = input;
  const job = await insertJob({
    ownerId,
    ...rest,
    renderOptions: readStoredRenderOptions(input.renderOptions),
    webhookUrl: webhookDelivery?.url ?? null,
  });
  notifyQueued();
  return job;
}

// inngest: the row and its pdf/job.requested event in one transaction (outbox), then relayed.
// `alsoWrite` commits with the row (the idempotency key).
function insertJob(job: jobs.NewJob, alsoWrite?: (tx: jobs.JobTx, created: jobs.JobView) => Promise<void>) {
  if (env.PDF_RUNNER === "inngest") return createJobWithRequestedEvent(job, undefined, alsoWrite);
  return alsoWrite ? jobs.createJobWith(job, alsoWrite) : jobs.createJob(job);
}

function notifyQueued() {
  // local: a supervisor in this process picks the job up now; one in another process polls.
  // off: a separate `npm run worker` polls. inngest: the outbox relay has sent the event.
  if (env.PDF_RUNNER === "local") jobSignals.emit("queued");
}

/** Whether this web process runs the local supervisor (instrumentation.ts). */
export const runsLocalSupervisor = () => env.PDF_RUNNER === "local";

export async function cancelRenderJob(ownerId: string, jobId: string): Promise<void> {
  const res = await jobs.cancelJobForOwner(ownerId, jobId);
  if (!res.ok) {
    if (res.status === null) throw notFound("Job");
    throw new AppError("CONFLICT", `Job is already ${res.status} and cannot be cancelled`);
  }
  jobSignals.emit("cancelled", jobId); // kills the child now if it runs in this process
  if (env.PDF_RUNNER === "inngest") await sendJobCancelledEvent(jobId);
}

/** Removes a finished job and its file from the history. */
export async function deleteRenderJob(ownerId: string, jobId: string): Promise<void> {
  const res = await jobs.deleteJobForOwner(ownerId, jobId);
  if (!res.found) throw notFound("Job");
  if (!res.deleted) throw new AppError("CONFLICT", "Cancel the job before deleting it");
  if (res.key) await getStorage().delete(res.key);
  await deleteJobPageImages(jobId);
}
