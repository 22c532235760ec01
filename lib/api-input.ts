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
