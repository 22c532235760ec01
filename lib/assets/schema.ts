// Asset API input, shared by the REST handlers, the settings form's server actions and the renderer
// integration. Names are what templates write after `asset:`; they never become a path or a key.
import { z } from "zod";
import { recordId } from "@/lib/api-input";

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const assetNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters")
  .regex(NAME, "must start with a letter or digit and contain only letters, digits, '.', '_' and '-'")
  .refine((v) => !v.includes(".."), "must not contain '..'");

export const assetIdSchema = z.object({ id: recordId });

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

// What the API answers for an asset.
export const assetJsonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    reference: z.string().meta({ description: "What a template writes to use it: asset:<name>" }),
    content_type: z.string().meta({ examples: ["image/png", "image/jpeg"] }),
    size_bytes: z.number().int(),
    width: z.number().int(),
    height: z.number().int(),
    sha256: z.string(),
    created_at: z.iso.datetime(),
    content_url: z.string(),
  })
  .meta({ id: "Asset" });
export type AssetJson = z.infer<typeof assetJsonSchema>;
