// Quota and plan API shapes: the usage report, and what an operator may change for a user.
import { z } from "zod";
import { QUOTA_NAMES } from "@/lib/quotas/plans";

export const usageJsonSchema = z
  .object({
    plan: z.enum(["free", "pro"]),
    overridden: z.boolean().meta({ description: "An operator set per-user limits" }),
    quotas: z.array(
      z.object({
        name: z.enum(QUOTA_NAMES),
        limit: z.number().int(),
        used: z.number().int(),
        resets_at: z.iso
          .datetime()
          .nullable()
          .meta({ description: "When the count starts again; null when it falls as jobs finish or files go" }),
      }),
    ),
  })
  .meta({ id: "Usage" });

const limit = z.number().int().min(0).max(1_000_000_000).nullable();

/** Admin: plan and per-user quota overrides (null = back to the plan's value). */
export const updateUserPlanSchema = z
  .object({
    plan: z.enum(["free", "pro"]).optional(),
    quota_overrides: z
      .object({ jobs_per_day: limit, concurrent_jobs: limit, pages_per_month: limit, storage_mb: limit })
      .partial()
      .optional(),
  })
  .refine((v) => v.plan !== undefined || v.quota_overrides !== undefined, { message: "provide plan or quota_overrides" });
export type UpdateUserPlanInput = z.infer<typeof updateUserPlanSchema>;
