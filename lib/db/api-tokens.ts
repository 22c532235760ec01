// API token rows. Minting and hashing belong to lib/auth/api-token.ts; this layer stores and finds
// hashes only (it never sees a token's secret).
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { tokenCache } from "@/lib/db/api-token-cache";
import { callerSelect, type Caller } from "@/lib/db/users";

const tokenSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true } as const;

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
};

/** Stores a minted token's hash and display prefix. */
export function insertApiToken(
  userId: string,
  input: { name: string; expiresAt?: Date | null; hash: string; prefix: string },
): Promise<ApiTokenSummary> {
  return db.apiToken.create({
    data: { userId, name: input.name, hash: input.hash, prefix: input.prefix, expiresAt: input.expiresAt ?? null },
    select: tokenSelect,
  });
}

/** Active tokens only: revoked ones disappear from the list. */
export function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: tokenSelect,
  });
}

/** Owner-scoped: revoking someone else's token id is indistinguishable from a missing one. */
export async function revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  tokenCache.forget(tokenId);
  return count === 1;
}

// lastUsedAt is informational; writing it on every request would make each API call a write.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The caller a token hash stands for, or null when it is unknown, revoked or expired. */
export async function resolveApiTokenHash(hash: string, now = new Date()): Promise<Caller | null> {
  const entry = tokenCache.get(hash) ?? (await loadToken(hash));
  if (!entry) return null;
  if (entry.expiresAt && entry.expiresAt <= now) return null;
  if (!entry.lastUsedAt || now.getTime() - entry.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    entry.lastUsedAt = now;
    await db.apiToken.update({ where: { id: entry.tokenId }, data: { lastUsedAt: now } });
  }
  return entry.caller;
}

async function loadToken(hash: string) {
  const row = await db.apiToken.findUnique({
    where: { hash },
    select: { id: true, hash: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: callerSelect } },
  });
  // Found by the indexed hash; compared again in constant time as defence in depth.
  if (!row || !hashesEqual(row.hash, hash) || row.revokedAt) return null;
  const entry = { tokenId: row.id, caller: row.user, expiresAt: row.expiresAt, lastUsedAt: row.lastUsedAt };
  tokenCache.set(hash, entry);
  return entry;
}

function hashesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}
