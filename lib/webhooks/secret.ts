// Per-user webhook signing secrets: minted here, stored by lib/db/webhooks.ts.
import { findWebhookSecret, insertWebhookSecret, replaceWebhookSecret, type WebhookSecret } from "@/lib/db/webhooks";
import { rotated } from "@/lib/webhooks/rotation";
import { newWebhookSecret } from "@/lib/webhooks/signature";

/** The user's signing secret, created on first use. */
export async function getOrCreateWebhookSecret(userId: string): Promise<WebhookSecret> {
  return (await findWebhookSecret(userId)) ?? insertWebhookSecret(userId, newWebhookSecret());
}

/** A new secret; deliveries from now on (retries included) are signed with it, and with the old one for 24 h. */
export function rotateWebhookSecret(userId: string): Promise<WebhookSecret> {
  const next = newWebhookSecret();
  return replaceWebhookSecret(userId, (current) => rotated(current, next));
}
