"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/auth/action";
import { cancelAnyJob } from "@/lib/admin/operations";
import { adminJobIdSchema, planFormSchema } from "@/lib/admin/schema";
import { updateUserPlan } from "@/lib/quotas/admin";

/** /admin/users/{id}: the plan and per-user overrides; an empty field returns to the plan's value. */
export const updateUserPlanAction = adminAction(planFormSchema, async ({ userId, plan, ...limits }) => {
  const usage = await updateUserPlan(userId, { plan, quota_overrides: limits });
  revalidatePath("/admin/users");
  return usage;
});

/** /admin/jobs: cancel any user's job through the owner's cancel path (the render child is killed). */
export const cancelAnyJobAction = adminAction(adminJobIdSchema, async ({ jobId }) => {
  await cancelAnyJob(jobId);
  revalidatePath("/admin/jobs");
  revalidatePath("/admin");
  return { jobId };
});
