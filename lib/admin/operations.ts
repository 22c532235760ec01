// What an operator does across users: list them with their usage, list every active job, cancel any
// job. The admin check is the caller's (adminRoute, adminAction, requireAdmin): these trust it.
import type { AdminJob, AdminUser, UsersQuery } from "@/lib/admin/schema";
import { getJobOwnerId, getUserRow, listActiveJobs, listUsers } from "@/lib/db/admin";
import { notFound } from "@/lib/errors";
import { cancelRenderJob } from "@/lib/jobs/enqueue";
import { asProgress } from "@/lib/jobs/serialize";
import { getUsage } from "@/lib/quotas/usage";

type UserRow = NonNullable<Awaited<ReturnType<typeof getUserRow>>>;

async function withUsage(user: UserRow): Promise<AdminUser> {
  return {
    user_id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    created_at: user.createdAt.toISOString(),
    ...(await getUsage(user)),
  };
}

export async function listUsersWithUsage(query: UsersQuery): Promise<{ users: AdminUser[]; total: number; limit: number; offset: number }> {
  const { users, total } = await listUsers(query);
  return { users: await Promise.all(users.map(withUsage)), total, limit: query.limit, offset: query.offset };
}

export async function getUserWithUsage(userId: string): Promise<AdminUser> {
  const user = await getUserRow(userId);
  if (!user) throw notFound("User");
  return withUsage(user);
}

export const ACTIVE_JOBS_SHOWN = 200;

export async function listAllActiveJobs(): Promise<{ jobs: AdminJob[]; total: number }> {
  const { jobs, total } = await listActiveJobs(ACTIVE_JOBS_SHOWN);
  return {
    total,
    jobs: jobs.map((j) => ({
      id: j.id,
      status: j.status as AdminJob["status"],
      title: j.title,
      profile: j.profile,
      owner: j.owner,
      progress: asProgress(j.progress),
      attempts: j.attempts,
      created_at: j.createdAt.toISOString(),
      started_at: j.startedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Cancels any user's job through the owner's own cancel path, so it is recorded as the owner's
 * cancelled event and the supervisor kills the render child exactly as for the owner's cancel.
 */
export async function cancelAnyJob(jobId: string): Promise<void> {
  const ownerId = await getJobOwnerId(jobId);
  if (!ownerId) throw notFound("Job");
  await cancelRenderJob(ownerId, jobId);
}
