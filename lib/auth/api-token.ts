// Personal API tokens: `ink_` + 32 random bytes (base64url). Only the SHA-256 of the whole token is
// stored; lookups go by hash (an index), then compare in constant time as defence in depth.
import { createHash, randomBytes } from "node:crypto";
import { insertApiToken, resolveApiTokenHash, type ApiTokenSummary } from "@/lib/db/api-tokens";
import type { Caller } from "@/lib/db/users";

export const TOKEN_PREFIX = "ink_";
const TOKEN_PATTERN = /^ink_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 12) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** Mints a token for the user and returns its secret exactly once; only its hash is stored. */
export async function createApiToken(
  userId: string,
  input: { name: string; expiresAt?: Date | null },
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const { token, hash, prefix } = generateApiToken();
  const summary = await insertApiToken(userId, { name: input.name, expiresAt: input.expiresAt ?? null, hash, prefix });
  return { token, summary };
}

/** The caller a bearer token stands for, or null when it is unknown, revoked or expired. */
export function resolveApiToken(token: string, now = new Date()): Promise<Caller | null> {
  return resolveApiTokenHash(hashApiToken(token), now);
}
