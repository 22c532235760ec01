// Webhook signatures, Stripe style: `Inkset-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`
// (a second `v1` while a rotated secret's grace period lasts; receivers accept any one that matches).
// Signing the timestamp with the body lets a receiver refuse replays of an old delivery.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Inkset-Signature";
export const SECRET_PREFIX = "whsec_";
/** How old a signature a receiver should accept (verifyWebhookSignature's default). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export const newWebhookSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;

const hmacHex = (secret: string, timestamp: number, body: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");

/** One `v1` per secret (after a rotation, the new one and the replaced one: lib/webhooks/rotation.ts). */
export function signWebhook(secrets: string | readonly string[], body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const v1 = (typeof secrets === "string" ? [secrets] : secrets).map((s) => `v1=${hmacHex(s, timestamp, body)}`);
  return `t=${timestamp},${v1.join(",")}`;
}

/**
 * For receivers (and the tests): true when one `v1` signature matches the raw body and the timestamp
 * is within `toleranceSeconds` of now. Compares in constant time.
 */
export function verifyWebhookSignature(
  header: string | null | undefined,
  body: string,
  secret: string,
  opts: { toleranceSeconds?: number; nowSeconds?: number } = {},
): boolean {
  if (!header) return false;
  const parts = header.split(",").map((p) => p.trim().split("=", 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(t)) return false;
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (opts.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(hmacHex(secret, t, body), "hex");
  return parts.some(([k, v]) => {
    if (k !== "v1" || !v || !/^[0-9a-f]{64}$/i.test(v)) return false;
    return timingSafeEqual(Buffer.from(v, "hex"), expected);
  });
}
