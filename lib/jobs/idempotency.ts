// Idempotency keys on POST /api/pdf/jobs: a client that retries a create (timeout, dropped
// connection) with the same `Idempotency-Key` gets the job it already created instead of a second
// one. Keys are per user and live 24 h; the same key with a different body is refused, not replayed.
import { createHash } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
/** Set on a response that returns the job an earlier request with the same key created. */
export const IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed";
/** How long a key is remembered (the same window Inngest uses for its own event ids). */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

// Printable ASCII (space to tilde), like Stripe's keys: UUIDs, ULIDs and hashes all fit.
const keySchema = z.string().regex(/^[\x20-\x7e]{1,255}$/);

export type IdempotencyRequest = { key: string; requestHash: string };

/** The header's value, null when absent; a present but malformed value is a 400 naming the header. */
export function readIdempotencyKey(headers: Headers): string | null {
  const value = headers.get(IDEMPOTENCY_HEADER);
  if (value === null) return null;
  if (!keySchema.safeParse(value).success) {
    throw new AppError("BAD_INPUT", `${IDEMPOTENCY_HEADER}: must be 1 to 255 printable ASCII characters`);
  }
  return value;
}

/** JSON with object keys sorted at every level, so key order and whitespace never change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Hash of the validated body (defaults filled in): `{}` and `{"deterministic":false}` are one request. */
export function hashRequestBody(input: unknown): string {
  return createHash("sha256").update(canonicalJson(input)).digest("hex");
}

export const idempotencyKeyReused = () =>
  new AppError(
    "IDEMPOTENCY_KEY_REUSED",
    `${IDEMPOTENCY_HEADER}: this key was already used with a different request body in the last 24 hours; send a new key for a new request`,
  );
