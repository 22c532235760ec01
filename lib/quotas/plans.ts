// What each plan allows. Values come from configuration (lib/env.ts, documented in docs/api.md);
// an operator's per-user override replaces single values.
import { env } from "@/lib/env";

export const QUOTA_NAMES = ["jobs_per_day", "concurrent_jobs", "pages_per_month", "storage_bytes"] as const;
export type QuotaName = (typeof QUOTA_NAMES)[number];
export type QuotaLimits = Record<QuotaName, number>;
export type Plan = "free" | "pro";

export type QuotaOverrideValues = {
  jobsPerDay: number | null;
  concurrentJobs: number | null;
  pagesPerMonth: number | null;
  storageMb: number | null;
};

const MB = 1024 * 1024;

export function planLimits(plan: Plan): QuotaLimits {
  return plan === "pro"
    ? {
        jobs_per_day: env.QUOTA_PRO_JOBS_PER_DAY,
        concurrent_jobs: env.QUOTA_PRO_CONCURRENT_JOBS,
        pages_per_month: env.QUOTA_PRO_PAGES_PER_MONTH,
        storage_bytes: env.QUOTA_PRO_STORAGE_MB * MB,
      }
    : {
        jobs_per_day: env.QUOTA_FREE_JOBS_PER_DAY,
        concurrent_jobs: env.QUOTA_FREE_CONCURRENT_JOBS,
        pages_per_month: env.QUOTA_FREE_PAGES_PER_MONTH,
        storage_bytes: env.QUOTA_FREE_STORAGE_MB * MB,
      };
}

export function effectiveLimits(plan: Plan, override: QuotaOverrideValues | null): QuotaLimits {
  const base = planLimits(plan);
  if (!override) return base;
  return {
    jobs_per_day: override.jobsPerDay ?? base.jobs_per_day,
    concurrent_jobs: override.concurrentJobs ?? base.concurrent_jobs,
    pages_per_month: override.pagesPerMonth ?? base.pages_per_month,
    storage_bytes: override.storageMb !== null ? override.storageMb * MB : base.storage_bytes,
  };
}

/** Quota windows are calendar periods in UTC: a day's jobs reset at 00:00 UTC, a month's pages on the 1st. */
export const startOfUtcDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
export const startOfUtcMonth = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
export const nextUtcDay = (now: Date) => new Date(startOfUtcDay(now).getTime() + 24 * 3600 * 1000);
export const nextUtcMonth = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
