// What an operator may change for a user: the plan and per-user quota overrides.
import { getQuotaOverride, setQuotaOverride } from "@/lib/db/usage";
import { getCaller, setPlan } from "@/lib/db/users";
import { notFound } from "@/lib/errors";
import type { UpdateUserPlanInput } from "@/lib/quotas/schema";
import { getUsage, type UsageReport } from "@/lib/quotas/usage";

export async function getUserUsage(userId: string): Promise<UsageReport & { user_id: string; email: string | null }> {
  const user = await getCaller(userId);
  if (!user) throw notFound("User");
  return { user_id: user.id, email: user.email, ...(await getUsage(user)) };
}

export async function updateUserPlan(userId: string, input: UpdateUserPlanInput) {
  if (!(await getCaller(userId))) throw notFound("User");
  if (input.plan) await setPlan(userId, input.plan);
  if (input.quota_overrides) {
    const current = (await getQuotaOverride(userId)) ?? { jobsPerDay: null, concurrentJobs: null, pagesPerMonth: null, storageMb: null };
    const o = input.quota_overrides;
    await setQuotaOverride(userId, {
      jobsPerDay: o.jobs_per_day !== undefined ? o.jobs_per_day : current.jobsPerDay,
      concurrentJobs: o.concurrent_jobs !== undefined ? o.concurrent_jobs : current.concurrentJobs,
      pagesPerMonth: o.pages_per_month !== undefined ? o.pages_per_month : current.pagesPerMonth,
      storageMb: o.storage_mb !== undefined ? o.storage_mb : current.storageMb,
    });
  }
  return getUserUsage(userId);
}
