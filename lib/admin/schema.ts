// The operator dashboard's inputs (query strings, the plan form) and outputs (the JSON the admin API
// answers and the OpenAPI document describes). One set of schemas for the API and the pages.
import { z } from "zod";
import { paginationSchema, recordId } from "@/lib/api-input";
import { jobProgressSchema } from "@/lib/jobs/schema";
import { usageJsonSchema } from "@/lib/quotas/schema";

export const MAX_STATS_DAYS = 90;

/** GET /api/admin/stats?days=14: the window, in whole UTC days ending today. */
export const statsQuerySchema = z.object({
  days: z.coerce
    .number({ error: "must be a number of days" })
    .int("must be a whole number of days")
    .min(1, `must be between 1 and ${MAX_STATS_DAYS}`)
    .max(MAX_STATS_DAYS, `must be between 1 and ${MAX_STATS_DAYS}`)
    .default(14),
});

/** GET /api/admin/users?q=&limit=&offset=: users whose e-mail contains q. */
export const usersQuerySchema = paginationSchema.extend({
  limit: paginationSchema.shape.limit.default(20),
  q: z.string().trim().max(200, "must be at most 200 characters").optional(),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;

const ms = z.number().int().nullable();

export const dayStatsSchema = z
  .object({
    date: z.iso.date().meta({ description: "The UTC day" }),
    completed: z.number().int(),
    failed: z.number().int(),
    cancelled: z.number().int(),
    p50_ms: ms.meta({ description: "Median render time of the day's completed jobs (nearest rank); null without any" }),
    p95_ms: ms.meta({ description: "95th percentile render time (nearest rank); null without any" }),
    failure_rate: z.number().nullable().meta({ description: "failed / (completed + failed), 0–1; null when nothing finished" }),
  })
  .meta({ id: "AdminDayStats" });
export type DayStats = z.infer<typeof dayStatsSchema>;

export const failureCauseSchema = z
  .object({ error: z.string(), count: z.number().int(), last_at: z.iso.datetime() })
  .meta({ id: "AdminFailureCause" });
export type FailureCause = z.infer<typeof failureCauseSchema>;

export const adminStatsSchema = z
  .object({
    days: z.number().int(),
    since: z.iso.datetime(),
    queue: z.object({
      pending: z.number().int().meta({ description: "Jobs waiting for a slot now" }),
      processing: z.number().int().meta({ description: "Jobs rendering now" }),
    }),
    totals: dayStatsSchema.omit({ date: true }),
    per_day: z.array(dayStatsSchema),
    top_failures: z
      .array(failureCauseSchema)
      .meta({ description: "Failed jobs grouped by error message, most frequent first (at most 10)" }),
  })
  .meta({ id: "AdminStats" });
export type AdminStats = z.infer<typeof adminStatsSchema>;

export const adminUserSchema = usageJsonSchema
  .extend({
    user_id: z.string(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    role: z.enum(["user", "admin"]),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "AdminUser" });
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUserListSchema = z
  .object({ users: z.array(adminUserSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: "AdminUserList" });

export const adminJobSchema = z
  .object({
    id: z.string(),
    status: z.enum(["pending", "processing"]),
    title: z.string(),
    profile: z.string().nullable(),
    owner: z.object({ id: z.string(), email: z.string().nullable(), plan: z.enum(["free", "pro"]) }),
    progress: jobProgressSchema.nullable(),
    attempts: z.number().int(),
    created_at: z.iso.datetime(),
    started_at: z.iso.datetime().nullable(),
  })
  .meta({ id: "AdminJob" });
export type AdminJob = z.infer<typeof adminJobSchema>;

export const adminJobListSchema = z.object({ jobs: z.array(adminJobSchema), total: z.number().int() }).meta({ id: "AdminJobList" });

/** A quota limit typed in the plan form: empty = the plan's value; otherwise a whole number. */
const limitField = z
  .string()
  .trim()
  .regex(/^\d*$/, "must be a whole number, or empty for the plan's value")
  .transform((s) => (s === "" ? null : Number(s)))
  .pipe(z.number().max(1_000_000_000, "must be at most 1000000000").nullable());

/** The plan and overrides form on /admin/users/{id}: every field as typed, validated here. */
export const planFormSchema = z.object({
  userId: recordId,
  plan: z.enum(["free", "pro"], { error: "choose free or pro" }),
  jobs_per_day: limitField,
  concurrent_jobs: limitField,
  pages_per_month: limitField,
  storage_mb: limitField,
});
export type PlanFormInput = z.input<typeof planFormSchema>;

export const adminJobIdSchema = z.object({ jobId: recordId });
