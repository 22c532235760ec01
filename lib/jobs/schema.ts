// Job API input, shared by the REST handlers, the server actions and the forms.
import { z } from "zod";
import { JOB_STATUSES } from "@/lib/jobs/status";

// Prisma's cuid() ids; checked so an id never reaches a query or a file name unvalidated.
const id = z.string().regex(/^[a-z0-9]{20,40}$/i, "must be an id");

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(", ")}` });

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
    issue.code === "unrecognized_keys" ? `unknown option ${issue.keys.map((k) => `"${k}"`).join(", ")}; allowed: ${RENDER_OPTION_KEYS}` : undefined,
});
export type RenderOptionsInput = z.infer<typeof renderOptionsSchema>;
export const DEFAULT_RENDER_OPTIONS: RenderOptionsInput = renderOptionsSchema.parse({});

export const createRenderJobSchema = z
  .object({
    yaml_content: z.string().min(1, "must not be empty").optional(),
    project_id: id.optional(),
    profile: z.string().min(1).max(100).optional(),
    deterministic: z.boolean().default(false),
    strict_mode: z.boolean().default(false),
    render_options: renderOptionsSchema.optional(),
  })
  .refine((v) => v.yaml_content !== undefined || v.project_id !== undefined, {
    message: "provide yaml_content or project_id",
    path: ["yaml_content"],
  });
export type CreateRenderJobInput = z.infer<typeof createRenderJobSchema>;

export const listJobsQuerySchema = z.object({
  status_filter: z.enum(JOB_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;

export const jobIdSchema = z.object({ jobId: id });

/** Route params are checked before any query: a malformed id is simply "not found". */
export const isJobId = (value: string) => id.safeParse(value).success;
