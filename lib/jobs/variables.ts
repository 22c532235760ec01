// Render-time variables (`variables` on POST /api/pdf/jobs and batches): values the template's
// tokens can use, e.g. `{"year": 2027}` for "Planner {year}". Names follow the template language's
// rules for your own variables (§5.2); values are scalars; the whole set is small, because it is
// stored with the job and echoed in every job JSON.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

export const MAX_VARIABLES = 50;
export const MAX_VARIABLE_STRING = 1000;
/** The whole set as JSON. */
export const MAX_VARIABLES_BYTES = 16 * 1024;
/** Filled in when the PDF is drawn; a variable of that name would never be seen. */
export const RESERVED_VARIABLES = ["page", "total_pages", "PAGE", "TOTAL_PAGES"] as const;

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const value = z.union(
  [z.string().max(MAX_VARIABLE_STRING, `must be at most ${MAX_VARIABLE_STRING} characters`), z.number().finite(), z.boolean()],
  {
    error: "must be a string, a number or true/false",
  },
);

export type Variables = Record<string, string | number | boolean>;

const name = z
  .string()
  .regex(NAME, "a name starts with a letter or _ and has only letters, digits and _ (at most 64)")
  .refine((n) => !(RESERVED_VARIABLES as readonly string[]).includes(n), "is filled in when the PDF is drawn; choose another name");

export const variablesSchema = z
  .record(name, value, {
    // zod reports a bad key as "Invalid key in record"; say what is wrong with it instead.
    error: (issue) => (issue.code === "invalid_key" ? (issue.issues[0]?.message ?? "is not a valid name") : undefined),
  })
  .superRefine((vars, ctx) => {
    if (Object.keys(vars).length > MAX_VARIABLES) ctx.addIssue({ code: "custom", message: `at most ${MAX_VARIABLES} variables`, path: [] });
    if (Buffer.byteLength(JSON.stringify(vars)) > MAX_VARIABLES_BYTES) {
      ctx.addIssue({ code: "custom", path: [], message: `must be at most ${MAX_VARIABLES_BYTES / 1024} KB as JSON` });
    }
  })
  .meta({ description: 'Values the template\'s tokens can use, e.g. {"year": 2027} for {year}. Names: letters, digits, _.' });

/** What the job row holds, read back defensively (null when none). */
export function readStoredVariables(stored: Prisma.JsonValue | null | undefined): Variables | null {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return null;
  const parsed = variablesSchema.safeParse(stored);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
}
