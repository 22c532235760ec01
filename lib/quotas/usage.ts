// Quotas by plan: what a user has used of each, and the check before new jobs are queued.
// `now` is a parameter so tests can move the clock across a day or month boundary.
import type { z } from "zod";
import { countJobEvents, sumPagesSince } from "@/lib/db/job-events";
import { countActiveJobs, getQuotaOverride, storedBytes } from "@/lib/db/usage";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { effectiveLimits, nextUtcDay, nextUtcMonth, startOfUtcDay, startOfUtcMonth, type Plan, type QuotaName } from "@/lib/quotas/plans";
import type { usageJsonSchema } from "@/lib/quotas/schema";

export type UsageReport = z.infer<typeof usageJsonSchema>;
export type QuotaUsage = UsageReport["quotas"][number];

const LABEL: Record<QuotaName, string> = {
  jobs_per_day: "jobs per day",
  concurrent_jobs: "queued or running jobs",
  pages_per_month: "pages per month",
  storage_bytes: "stored bytes",
};

type Figures = { jobsToday: number; active: number; pagesThisMonth: number; stored: number; oldestPdfAt: Date | null };

async function readFigures(userId: string, now: Date): Promise<Figures> {
  const [jobsToday, active, pagesThisMonth, stored] = await Promise.all([
    countJobEvents(userId, "created", startOfUtcDay(now)),
    countActiveJobs(userId),
    sumPagesSince(userId, startOfUtcMonth(now)),
    storedBytes(userId),
  ]);
  return { jobsToday, active, pagesThisMonth, stored: stored.bytes, oldestPdfAt: stored.oldestPdfAt };
}

export async function getUsage(user: { id: string; plan: Plan }, now = new Date()): Promise<UsageReport> {
  const [override, f] = await Promise.all([getQuotaOverride(user.id), readFigures(user.id, now)]);
  const limits = effectiveLimits(user.plan, override);
  return {
    plan: user.plan,
    overridden: override !== null,
    quotas: [
      { name: "jobs_per_day", limit: limits.jobs_per_day, used: f.jobsToday, resets_at: nextUtcDay(now).toISOString() },
      { name: "concurrent_jobs", limit: limits.concurrent_jobs, used: f.active, resets_at: null },
      { name: "pages_per_month", limit: limits.pages_per_month, used: f.pagesThisMonth, resets_at: nextUtcMonth(now).toISOString() },
      { name: "storage_bytes", limit: limits.storage_bytes, used: f.stored, resets_at: null },
    ],
  };
}

/** What a request is about to add: jobs to queue and the pages they will render. */
export type QuotaRequest = { jobs: number; pages: number };

/**
 * Throws 429 QUOTA_EXCEEDED naming the first quota the request would pass, when it resets, and a
 * Retry-After. Checked before the job row is written; two racing requests may both pass (soft limit).
 */
export async function assertWithinQuota(user: { id: string; plan: Plan }, request: QuotaRequest, now = new Date()): Promise<void> {
  const [override, f] = await Promise.all([getQuotaOverride(user.id), readFigures(user.id, now)]);
  const limits = effectiveLimits(user.plan, override);
  const seconds = (until: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

  if (f.jobsToday + request.jobs > limits.jobs_per_day) {
    const resets = nextUtcDay(now);
    throw quotaError("jobs_per_day", limits.jobs_per_day, f.jobsToday, resets, seconds(resets), `resets at ${resets.toISOString()}`);
  }
  if (f.active + request.jobs > limits.concurrent_jobs) {
    // No fixed reset: a slot frees when one of the caller's jobs finishes. Poll again soon.
    throw quotaError("concurrent_jobs", limits.concurrent_jobs, f.active, null, 30, "wait for one to finish or cancel one");
  }
  if (f.pagesThisMonth + request.pages > limits.pages_per_month) {
    const resets = nextUtcMonth(now);
    throw quotaError(
      "pages_per_month",
      limits.pages_per_month,
      f.pagesThisMonth,
      resets,
      seconds(resets),
      `resets at ${resets.toISOString()}`,
    );
  }
  if (f.stored >= limits.storage_bytes) {
    // Stored PDFs are deleted JOB_RETENTION_HOURS after they finish: the oldest one goes first.
    const frees = f.oldestPdfAt ? new Date(f.oldestPdfAt.getTime() + env.JOB_RETENTION_HOURS * 3600 * 1000) : null;
    const hint = frees && frees > now ? `delete PDFs or assets, or wait until ${frees.toISOString()}` : "delete PDFs or assets";
    throw quotaError("storage_bytes", limits.storage_bytes, f.stored, frees, frees && frees > now ? seconds(frees) : 3600, hint);
  }
}

function quotaError(name: QuotaName, limit: number, used: number, resetsAt: Date | null, retryAfter: number, hint: string): AppError {
  const shown =
    name === "storage_bytes" ? `${formatMb(used)} of ${formatMb(limit)}` : `${used.toLocaleString("en")} of ${limit.toLocaleString("en")}`;
  const err = new AppError("QUOTA_EXCEEDED", `Quota exceeded: ${LABEL[name]} (${shown} used); ${hint}.`, {
    quota: name,
    limit,
    used,
    resets_at: resetsAt?.toISOString() ?? null,
  });
  err.headers["retry-after"] = String(retryAfter);
  return err;
}

const formatMb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
