"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { cancelRenderJob, createRenderJob, deleteRenderJob, retryRenderJob } from "@/lib/jobs/enqueue";
import { recordId } from "@/lib/api-input";
import { createRenderJobSchema, jobIdSchema, renderOptionsSchema } from "@/lib/jobs/schema";

/** Paste-YAML page: queue a render of the submitted template. */
export const requestRenderAction = authAction(createRenderJobSchema, async (input, { user }) => {
  const job = await createRenderJob(user.id, input);
  revalidatePath("/jobs");
  return { jobId: job.id };
});

/** Project page: queue a render of the caller's saved project. */
export const renderProjectAction = authAction(
  z.object({ projectId: z.string().min(1), profile: z.string().min(1).optional(), render_options: renderOptionsSchema.optional() }),
  async ({ projectId, profile, render_options }, { user }) => {
    const job = await createRenderJob(user.id, {
      project_id: projectId,
      profile,
      deterministic: false,
      strict_mode: false,
      render_options,
    });
    revalidatePath("/jobs");
    return { jobId: job.id };
  },
);

export const cancelJobAction = authAction(jobIdSchema, async ({ jobId }, { user }) => {
  await cancelRenderJob(user.id, jobId);
  revalidatePath("/jobs");
  return { jobId };
});

/** A new job with the same input; the old one stays in the history. */
export const retryJobAction = authAction(jobIdSchema, async ({ jobId }, { user }) => {
  const job = await retryRenderJob(user.id, jobId);
  revalidatePath("/jobs");
  return { jobId: job.id };
});

export const deleteJobAction = authAction(jobIdSchema, async ({ jobId }, { user }) => {
  await deleteRenderJob(user.id, jobId);
  revalidatePath("/jobs");
  return { jobId };
});

const jobIdsSchema = z.object({ jobIds: z.array(recordId).min(1, "select at least one job").max(100, "select at most 100 jobs") });

/** Runs `fn` on each job; a job that cannot take the action (already finished, not found) is skipped and counted. */
async function eachJob(jobIds: string[], fn: (jobId: string) => Promise<void>) {
  let done = 0;
  for (const jobId of jobIds) {
    try {
      await fn(jobId);
      done += 1;
    } catch {
      // Counted as skipped: another tab or a runner changed the job meanwhile.
    }
  }
  revalidatePath("/jobs");
  return { done, skipped: jobIds.length - done };
}

export const cancelJobs = authAction(jobIdsSchema, ({ jobIds }, { user }) => eachJob(jobIds, (id) => cancelRenderJob(user.id, id)));

export const deleteJobs = authAction(jobIdsSchema, ({ jobIds }, { user }) => eachJob(jobIds, (id) => deleteRenderJob(user.id, id)));
