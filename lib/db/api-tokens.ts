import { db } from "@/lib/db/client";
import { tokenCache } from "@/lib/db/api-token-cache";
import { callerSelect, type Caller } from "@/lib/db/users";
import { generateApiToken, hashApiToken, hashesEqual } from "@/lib/auth/api-token";

const tokenSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true } as const;

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
};

/** Returns the secret exactly once; only its hash is stored. */
export async function createApiToken(
  userId: string,
  input: { name: string; expiresAt?: Date | null },
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const { token, hash, prefix } = generateApiToken();
  const summary = await db.apiToken.create({
    data: { userId, name: input.name, hash, prefix, expiresAt: input.expiresAt ?? null },
    select: tokenSelect,
  });
  return { token, summary };
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

/** The caller a bearer token stands for, or null when it is unknown, revoked or expired. */
export async function resolveApiToken(token: string, now = new Date()): Promise<Caller | null> {
  const hash = hashApiToken(token);
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
  if (!row || !hashesEqual(row.hash, hash) || row.revokedAt) return null;
  const entry = { tokenId: row.id, caller: row.user, expiresAt: row.expiresAt, lastUsedAt: row.lastUsedAt };
  tokenCache.set(hash, entry);
  return entry;
}
