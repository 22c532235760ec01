// Asset API input, shared by the REST handlers, the settings form's server actions and the renderer
// integration. Names are what templates write after `asset:`; they never become a path or a key.
import { z } from "zod";

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const assetNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters")
  .regex(NAME, "must start with a letter or digit and contain only letters, digits, '.', '_' and '-'")
  .refine((v) => !v.includes(".."), "must not contain '..'");

// Prisma's cuid() ids; checked so an id never reaches a query or a storage key unvalidated.
const id = z.string().regex(/^[a-z0-9]{20,40}$/i, "must be an id");
export const isAssetId = (value: string) => id.safeParse(value).success;
export const assetIdSchema = z.object({ id });

export const listAssetsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, "must be between 1 and 100").max(100, "must be between 1 and 100").default(50),
  offset: z.coerce.number().int().min(0, "must be ≥ 0").default(0),
});
export type ListAssetsQuery = z.infer<typeof listAssetsQuerySchema>;

/** The optional `name` form field: absent or blank means "derive it from the file name". */
export const uploadNameSchema = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined))
  .pipe(assetNameSchema.optional());

/**
 * A valid asset name from an uploaded file's name ("My Logo (2).PNG" → "My-Logo-2-.PNG"), or null
 * when nothing usable is left. Only the last path segment counts: browsers may send full paths.
 */
export function nameFromFileName(fileName: string): string | null {
  const base = fileName.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/-{2,}/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, 100);
  return assetNameSchema.safeParse(cleaned).success ? cleaned : null;
}

export const assetReference = (name: string) => `asset:${name}`;
