// Job API input, shared by the REST handlers, the server actions and the forms.
import { z } from "zod";
import { paginationSchema, recordId, strictBody } from "@/lib/api-input";
import { JOB_STATUSES } from "@/lib/job-status";
import { variablesSchema } from "@/lib/jobs/variables";
import { MAIL_STATUSES } from "@/lib/mail/status";

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` });

// Render options of §7.8 a caller may choose; the rest (limits, image policy) is server configuration.
const renderOptionsShape = {
  touch_targets: oneOf(["enlarge", "report"]).default("enlarge"),
  link_targets: oneOf(["named", "explicit"]).default("named"),
  constraint_scope: oneOf(["full", "einkpdf"]).default("full"),
  today: z.iso.date({ error: "must be a date YYYY-MM-DD" }).optional(),
};
const RENDER_OPTION_KEYS = Object.keys(renderOptionsShape).join(", ");

/** Strict: a misspelt option must not silently render with the default. */
export const renderOptionsSchema = z.strictObject(renderOptionsShape, {
  error: (issue) =>
    issue.code === "unrecognized_keys"
      ? `unknown option ${issue.keys.map((k) => `"${k}"`).join(", ")}; allowed: ${RENDER_OPTION_KEYS}`
      : undefined,
});
export type RenderOptionsInput = z.infer<typeof renderOptionsSchema>;
export const DEFAULT_RENDER_OPTIONS: RenderOptionsInput = renderOptionsSchema.parse({});

export const createRenderJobSchema = strictBody({
  yaml_content: z.string().min(1, "must not be empty").optional(),
  project_id: recordId.optional(),
  profile: z.string().min(1).max(100).optional(),
  deterministic: z.boolean().default(false),
  strict_mode: z.boolean().default(false),
  render_options: renderOptionsSchema.optional(),
  variables: variablesSchema.optional(),
  // Notified when the job finishes (POST /api/pdf/jobs only). The server re-checks the scheme
  // and host against its webhook policy (https only; no private addresses).
  webhook_url: z
    .url({ protocol: /^https?$/, error: "must be an https URL" })
    .max(2048, "must be at most 2048 characters")
    .optional(),
  notify_email: z.boolean({ error: "must be true or false" }).optional().meta({
    description: "E-mail the owner when the job completes or fails (with a share link); omitted: the account's notification setting.",
  }),
}).refine((v) => v.yaml_content !== undefined || v.project_id !== undefined, {
  message: "provide yaml_content or project_id",
  path: ["yaml_content"],
});
export type CreateRenderJobInput = z.infer<typeof createRenderJobSchema>;

export const listJobsQuerySchema = paginationSchema.extend({ status_filter: z.enum(JOB_STATUSES).optional() });
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;

export const jobIdSchema = z.object({ jobId: recordId });

// What the API answers for a job (serializeJob builds it; the OpenAPI document describes it).
const isoDateTime = z.iso.datetime();
export const jobProgressSchema = z.object({ phase: z.string(), done: z.number(), total: z.number() });
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobJsonSchema = z
  .object({
    id: z.string(),
    project_id: z.string().nullable(),
    project_name: z.string().nullable().meta({ description: "The project's name now (null for pasted YAML or a deleted project)." }),
    project_version: z.number().int().nullable().meta({ description: "The project version rendered (null for pasted YAML)." }),
    title: z.string(),
    status: z.enum(JOB_STATUSES),
    error_message: z.string().nullable(),
    size_bytes: z.number().int().nullable(),
    page_count: z.number().int().nullable(),
    created_at: isoDateTime,
    started_at: isoDateTime.nullable(),
    completed_at: isoDateTime.nullable(),
    progress: jobProgressSchema.nullable(),
    diagnostics: z.record(z.string(), z.unknown()).nullable(),
    attempts: z.number().int(),
    profile: z
      .string()
      .nullable()
      .meta({ description: "The device profile asked for; null means the one the template (or project) names." }),
    render_options: z.object(renderOptionsShape).meta({ description: "The render options the job is rendered with, defaults filled in." }),
    variables: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .nullable()
      .meta({ description: "The render-time variables the job was created with (null: none)." }),
    webhook: z
      .object({
        url: z.string(),
        status: z.enum(["pending", "delivered", "failed"]),
        attempts: z.number().int(),
        last_status_code: z.number().int().nullable(),
        last_error: z.string().nullable(),
        delivered_at: isoDateTime.nullable(),
      })
      .nullable()
      .meta({ description: "The completion webhook, null when none was asked for; pending until delivered or given up." }),
    email: z
      .object({
        status: z.enum(MAIL_STATUSES),
        sent_at: isoDateTime.nullable(),
      })
      .nullable()
      .meta({
        description:
          "The job-finished e-mail, null when none was asked for: waiting for the job, pending (retrying), sent, kept (no SMTP configured: in the outbox only), failed, or skipped (cancelled).",
      }),
  })
  .meta({ id: "Job" });
export type JobJson = z.infer<typeof jobJsonSchema>;
