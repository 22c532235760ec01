// Remembers verified API tokens for a few seconds, so a client polling a job does not cost a token
// query on every request. Keyed by the token's hash (the secret never sits in memory longer than a
// request). Only positive answers are kept: an unknown token always goes to the database.
import { LRUCache } from "lru-cache";
import { env } from "@/lib/env";
import type { Caller } from "@/lib/db/users";

export type CachedToken = { tokenId: string; caller: Caller; expiresAt: Date | null; lastUsedAt: Date | null };

const ttl = env.API_TOKEN_CACHE_SECONDS * 1000;
// On globalThis: Next.js may bundle this module once per route, and a revoke handled by the
// settings page must reach the cache the API routes read.
const shared = globalThis as { inksetTokenCache?: LRUCache<string, CachedToken> | null };
const cache = (shared.inksetTokenCache ??= ttl > 0 ? new LRUCache<string, CachedToken>({ max: 10_000, ttl }) : null);

export const tokenCache = {
  get: (hash: string): CachedToken | undefined => cache?.get(hash),
  set: (hash: string, entry: CachedToken): void => void cache?.set(hash, entry),
  /** Revocation takes effect at once in this process (other instances follow within the TTL). */
  forget(tokenId: string): void {
    if (!cache) return;
    for (const [hash, entry] of cache.entries()) if (entry.tokenId === tokenId) cache.delete(hash);
  },
  /** Every token of a deleted account stops working at once in this process. */
  forgetUser(userId: string): void {
    if (!cache) return;
    for (const [hash, entry] of cache.entries()) if (entry.caller.id === userId) cache.delete(hash);
  },
};
