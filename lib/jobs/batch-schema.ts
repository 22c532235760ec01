// Batch API shapes: one template or project, several device profiles.
import { z } from "zod";
import { recordId, strictBody } from "@/lib/api-input";
import { JOB_STATUSES } from "@/lib/job-status";
import { jobProgressSchema, renderOptionsSchema } from "@/lib/jobs/schema";
import { variablesSchema } from "@/lib/jobs/variables";

export const MAX_BATCH_PROFILES = 20;
export const MAX_BATCH_VARIABLE_SETS = 20;
/** Profiles × variable sets: one child job each. */
export const MAX_BATCH_JOBS = 50;

export const createBatchSchema = strictBody({
  yaml_content: z.string().min(1, "must not be empty").optional(),
  project_id: recordId.optional(),
  profiles: z
    .array(z.string().min(1).max(100))
    .min(1, "choose at least one device profile")
    .max(MAX_BATCH_PROFILES, `at most ${MAX_BATCH_PROFILES} profiles per batch`)
    .refine((p) => new Set(p).size === p.length, "each profile once"),
  deterministic: z.boolean().default(false),
  strict_mode: z.boolean().default(false),
  render_options: renderOptionsSchema.optional(),
  variables: z
    .array(variablesSchema)
    .min(1, "give at least one set of variables, or leave variables out")
    .max(MAX_BATCH_VARIABLE_SETS, `at most ${MAX_BATCH_VARIABLE_SETS} sets of variables per batch`)
    .optional()
    .meta({ description: "One child job per profile × variables set" }),
  // Notified once when every child job has finished (batch.completed), like a job's webhook_url.
  webhook_url: z
    .url({ protocol: /^https?$/, error: "must be an https URL" })
    .max(2048, "must be at most 2048 characters")
    .optional(),
})
  .refine((v) => v.yaml_content !== undefined || v.project_id !== undefined, {
    message: "provide yaml_content or project_id",
    path: ["yaml_content"],
  })
  .refine((v) => v.profiles.length * (v.variables?.length ?? 1) <= MAX_BATCH_JOBS, {
    message: `profiles × variables sets must be at most ${MAX_BATCH_JOBS} jobs`,
    path: ["variables"],
  });
export type CreateBatchInput = z.infer<typeof createBatchSchema>;

export const BATCH_STATUSES = ["pending", "processing", "completed", "partial", "failed", "cancelled"] as const;

const isoDateTime = z.iso.datetime();
export const batchJsonSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(BATCH_STATUSES).meta({
      description: "pending/processing while any child is; then completed (all), partial (some), failed or cancelled (none completed)",
    }),
    created_at: isoDateTime,
    counts: z.record(z.enum(JOB_STATUSES), z.number().int()),
    pages: z.number().int().meta({ description: "Pages of the completed children" }),
    jobs: z.array(
      z.object({
        id: z.string(),
        profile: z.string().nullable(),
        variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(),
        status: z.enum(JOB_STATUSES),
        progress: jobProgressSchema.nullable(),
        page_count: z.number().int().nullable(),
        size_bytes: z.number().int().nullable(),
        error_message: z.string().nullable(),
        completed_at: isoDateTime.nullable(),
      }),
    ),
  })
  .meta({ id: "Batch" });
export type BatchJson = z.infer<typeof batchJsonSchema>;
