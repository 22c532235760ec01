import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "must not be empty").max(60, "must be at most 60 characters"),
  // "" from the form means "never expires".
  expires_in_days: z.coerce.number().int().min(1, "must be at least 1 day").max(365, "must be at most 365 days").optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export function expiryDate(days: number | undefined, now = new Date()): Date | null {
  return days ? new Date(now.getTime() + days * 24 * 60 * 60 * 1000) : null;
}

// What the API answers for a token; `token` (the secret) only in the create response.
export const apiTokenJsonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    created_at: z.iso.datetime(),
    last_used_at: z.iso.datetime().nullable(),
    expires_at: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });
export type ApiTokenJson = z.infer<typeof apiTokenJsonSchema>;
export const createdApiTokenJsonSchema = apiTokenJsonSchema.extend({ token: z.string() }).meta({ id: "CreatedApiToken" });
