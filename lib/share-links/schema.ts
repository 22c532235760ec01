// Share-link API input and output, shared by the REST handlers, the Share dialog's action and the
// OpenAPI document.
import { z } from "zod";

export const SHARE_LINK_MAX_TTL_HOURS = 7 * 24;
export const SHARE_LINK_DEFAULT_TTL_HOURS = 3 * 24;
/** The lifetimes the Share dialog offers (any whole number of hours up to 7 days works in the API). */
export const SHARE_LINK_TTL_CHOICES = [
  { hours: 1, label: "1 hour" },
  { hours: 24, label: "1 day" },
  { hours: 72, label: "3 days" },
  { hours: 168, label: "7 days" },
] as const;

export const createShareLinkSchema = z.strictObject({
  ttl_hours: z
    .number({ error: "must be a whole number of hours" })
    .int("must be a whole number of hours")
    .min(1, "must be at least 1")
    .max(SHARE_LINK_MAX_TTL_HOURS, `must be at most ${SHARE_LINK_MAX_TTL_HOURS} (7 days)`)
    .default(SHARE_LINK_DEFAULT_TTL_HOURS)
    .meta({ description: "How long the link works, in hours (1–168; default 72)." }),
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

const isoDateTime = z.iso.datetime();
export const shareLinkJsonSchema = z
  .object({
    id: z.string(),
    url: z.string().meta({ description: "Downloads the PDF without signing in until expires_at, unless revoked." }),
    expires_at: isoDateTime,
    created_at: isoDateTime,
    download_count: z.number().int(),
    last_downloaded_at: isoDateTime.nullable(),
  })
  .meta({ id: "ShareLink" });
export type ShareLinkJson = z.infer<typeof shareLinkJsonSchema>;

export const shareLinkListSchema = z.object({ links: z.array(shareLinkJsonSchema) }).meta({ id: "ShareLinkList" });
