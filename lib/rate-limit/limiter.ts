// Rate limits with rate-limiter-flexible: fixed one-minute windows per policy and key (a user id or
// an IP). In memory on one machine; in Redis (RATE_LIMIT_STORE=redis) so several instances share
// them. If Redis is unreachable, each instance falls back to its own memory counters.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

export const POLICIES = ["read", "write", "render", "public", "sign-in", "share"] as const;
export type Policy = (typeof POLICIES)[number];

export const policyLimit = (policy: Policy): number =>
  ({
    read: env.RATE_LIMIT_READ_PER_MINUTE,
    write: env.RATE_LIMIT_WRITE_PER_MINUTE,
    render: env.RATE_LIMIT_RENDER_PER_MINUTE,
    public: env.RATE_LIMIT_PUBLIC_PER_MINUTE,
    "sign-in": env.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    share: env.RATE_LIMIT_SHARE_PER_MINUTE,
  })[policy];

export const WINDOW_SECONDS = 60;

export type RateLimitResult = { allowed: boolean; policy: Policy; limit: number; remaining: number; resetSeconds: number };

// On globalThis: Next may bundle this module once per route; counters must be one per process.
const shared = globalThis as { inksetRateLimiters?: Map<Policy, RateLimiterAbstract>; inksetRedis?: Redis };

function redisClient(): Redis {
  shared.inksetRedis ??= new Redis(env.REDIS_URL, {
    // Fail fast rather than queue: a request must not wait for Redis; the memory fallback answers.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  }).on("error", (err: Error) => logger.warn({ module: "rate-limit", err: err.message }, "redis unavailable; limits are per instance"));
  return shared.inksetRedis;
}

function limiterFor(policy: Policy): RateLimiterAbstract {
  shared.inksetRateLimiters ??= new Map();
  let limiter = shared.inksetRateLimiters.get(policy);
  if (!limiter) {
    const opts = { points: policyLimit(policy), duration: WINDOW_SECONDS, keyPrefix: `${env.RATE_LIMIT_REDIS_PREFIX}:${policy}` };
    limiter =
      env.RATE_LIMIT_STORE === "redis"
        ? new RateLimiterRedis({ ...opts, storeClient: redisClient(), insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts);
    shared.inksetRateLimiters.set(policy, limiter);
  }
  return limiter;
}

/** Resolves once the Redis store is connected (no-op for memory): scripts and tests call it first. */
export async function rateLimitReady(): Promise<void> {
  if (env.RATE_LIMIT_STORE !== "redis") return;
  const redis = redisClient();
  if (redis.status !== "ready")
    await new Promise<void>((resolve, reject) => redis.once("ready", resolve).once("end", () => reject(new Error("redis closed"))));
}

export async function closeRateLimitStore(): Promise<void> {
  await shared.inksetRedis?.quit().catch(() => undefined);
  shared.inksetRedis = undefined;
  shared.inksetRateLimiters = undefined;
}

/** Takes one request from `key`'s budget under `policy`. */
export async function consumeRateLimit(policy: Policy, key: string): Promise<RateLimitResult> {
  const limit = policyLimit(policy);
  if (env.RATE_LIMIT_STORE === "off") return { allowed: true, policy, limit, remaining: limit, resetSeconds: WINDOW_SECONDS };
  const toResult = (res: RateLimiterRes, allowed: boolean): RateLimitResult => ({
    allowed,
    policy,
    limit,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  try {
    return toResult(await limiterFor(policy).consume(key), true);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return toResult(rejection, false);
    // Store error with no fallback left: never turn an outage of the limiter into an outage of the API.
    logger.warn({ module: "rate-limit", err: (rejection as Error).message }, "rate limit store failed; request allowed");
    return { allowed: true, policy, limit, remaining: limit, resetSeconds: WINDOW_SECONDS };
  }
}

/**
 * IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers): the policy (quota per window) and the
 * caller's state in it (remaining, seconds to reset). 429s add Retry-After.
 */
export function rateLimitHeaders(r: RateLimitResult): Record<string, string> {
  const headers: Record<string, string> = {
    "ratelimit-policy": `"${r.policy}";q=${r.limit};w=${WINDOW_SECONDS}`,
    ratelimit: `"${r.policy}";r=${r.remaining};t=${r.resetSeconds}`,
  };
  if (!r.allowed) headers["retry-after"] = String(r.resetSeconds);
  return headers;
}

/** The client's address: X-Forwarded-For as written by the app's own server or the trusted proxies. */
export function clientIp(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // The rightmost entries were added by servers we trust; anything left of them the client could forge.
  return hops[hops.length - 1 - env.RATE_LIMIT_TRUSTED_PROXIES] ?? hops[0] ?? headers.get("x-real-ip") ?? "unknown";
}
