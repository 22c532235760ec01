// zod pieces every API input shares: record ids in paths and bodies, and list paging.
import { z } from "zod";

// Prisma's cuid() ids; checked so an id never reaches a query, a file name or a storage key unvalidated.
export const recordId = z.string().regex(/^[a-z0-9]{20,40}$/i, "must be an id");

/** Route params are checked before any query: a malformed id is simply "not found". */
export const isRecordId = (value: string) => recordId.safeParse(value).success;

export const paginationSchema = z.object({
  limit: z.coerce.number().int().min(1, "must be between 1 and 100").max(100, "must be between 1 and 100").default(50),
  offset: z.coerce.number().int().min(0, "must be ≥ 0").default(0),
});

/**
 * A request body that refuses keys it does not know, naming them and the allowed ones: a misspelt
 * field (`"device_profle"`, `"webhook"`) must be an error, not a render or save with the default.
 */
export function strictBody<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; allowed: ${allowed}`
        : undefined,
  });
}
