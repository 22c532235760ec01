// The Standard Webhooks signing scheme (standardwebhooks.com), used for registered endpoints:
//   webhook-id: <message id>   webhook-timestamp: <unix seconds>
//   webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>"> [v1,<… with the replaced secret>]
// keyed with the base64-decoded part of the secret after `whsec_`. Receivers verify with any Standard
// Webhooks library (e.g. the `standardwebhooks` npm package) given the secret as shown.
import { createHmac, randomBytes } from "node:crypto";

export const STANDARD_SECRET_PREFIX = "whsec_";

/** 32 random bytes, standard base64 (what the Standard Webhooks libraries decode). */
export const newEndpointSecret = () => `${STANDARD_SECRET_PREFIX}${randomBytes(32).toString("base64")}`;

export function standardSignature(secret: string, msgId: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith(STANDARD_SECRET_PREFIX) ? secret.slice(STANDARD_SECRET_PREFIX.length) : secret, "base64");
  return `v1,${createHmac("sha256", key).update(`${msgId}.${timestamp}.${body}`).digest("base64")}`;
}

/** One signature per secret, space-separated as the spec allows (after a rotation: lib/webhooks/rotation.ts). */
export function standardWebhookHeaders(
  secrets: string | readonly string[],
  msgId: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const list = typeof secrets === "string" ? [secrets] : secrets;
  return {
    "webhook-id": msgId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": list.map((s) => standardSignature(s, msgId, timestamp, body)).join(" "),
  };
}
