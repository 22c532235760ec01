import "server-only";
import type { NextRequest } from "next/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, toErrorBody } from "@/lib/errors";
import { env } from "@/lib/env";
import { authMethod, resolveCaller, type Caller } from "@/lib/auth/caller";
import { clientIp, consumeRateLimit, rateLimitHeaders, type Policy, type RateLimitResult } from "@/lib/rate-limit/limiter";
import { assertSameOriginRequest } from "@/lib/security/csrf";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (req: NextRequest, ctx: { user: Caller; params: P; via: "token" | "session" }) => Promise<Response>;
type RouteOptions = {
  /** Body media types a cookie caller may send (default JSON only), e.g. multipart for an upload. */
  bodyTypes?: readonly string[];
  /** Rate-limit policy (lib/rate-limit); by default `read` for GET, `write` otherwise. */
  policy?: Policy;
};

export function errorResponse(err: unknown): Response {
  const { status, body, headers } = toErrorBody(err);
  return Response.json(body, { status, headers: { ...headers, "cache-control": "no-store" } });
}

/**

 * Wraps an authenticated /api route: resolves the caller, takes one request from the caller's rate
 * limit, refuses cross-site writes made with the session cookie (CSRF), and maps every thrown error
 * to JSON. A caller that fails to authenticate is limited by IP, so tokens cannot be guessed at full speed.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>, options: RouteOptions = {}) {
  return async (req: NextRequest, context: RouteContext<P>): Promise<Response> => {
    let limit: RateLimitResult | null = null;
    try {
      let user: Caller;
      try {
        user = await resolveCaller(req);
      } catch (err) {
        limit = await consumeRateLimit("public", clientIp(req.headers));
        throw limit.allowed ? err : tooManyRequests(limit);
      }
      const policy = options.policy ?? (req.method === "GET" || req.method === "HEAD" ? "read" : "write");
      limit = await consumeRateLimit(policy, `user:${user.id}`);
      if (!limit.allowed) throw tooManyRequests(limit);
      const via = authMethod(req);
      if (via === "session") {
        assertSameOriginRequest(req, {
          appOrigins: [env.APP_URL, env.AUTH_URL].filter((o): o is string => !!o),
          bodyTypes: options.bodyTypes,
        });
      }
      return withRateLimitHeaders(privateResponse(await handler(req, { user, params: await context.params, via })), limit);
    } catch (err) {
      unstable_rethrow(err);
      return withRateLimitHeaders(errorResponse(err), limit);
    }
  };
}

/**
 * What an authenticated route answers is the caller's own data: no shared cache may keep it, and
 * the browser must not serve it from its back/forward cache after sign-out.
 */
function privateResponse(res: Response): Response {
  if (res.headers.has("cache-control")) return res;
  // Response.redirect() and fetched responses have immutable headers: copy those.
  const out = new Response(res.body, res);
  out.headers.set("cache-control", "no-store");
  return out;
}

/** 429 with Retry-After for a spent rate limit. */
export function tooManyRequests(r: RateLimitResult): AppError {
  const err = new AppError(
    "RATE_LIMITED",
    `Too many requests: the limit is ${r.limit} per minute (${r.policy}); try again in ${r.resetSeconds} s`,
    {
      policy: r.policy,
      limit: r.limit,
      retry_after_seconds: r.resetSeconds,
    },
  );
  Object.assign(err.headers, rateLimitHeaders(r));
  return err;
}

function withRateLimitHeaders(res: Response, limit: RateLimitResult | null): Response {
  if (!limit) return res;
  const headers = rateLimitHeaders(limit);
  try {
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  } catch {
    // Immutable headers (e.g. Response.redirect): copy the response around them.
    const copy = new Response(res.body, res);
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v);
    return copy;
  }
}

/** Limits a handler by client IP (routes anyone may call, sign-in), adding the RateLimit headers. */
export function limitByIp<C>(policy: Policy, handler: (req: NextRequest, ctx: C) => Promise<Response>) {
  return async (req: NextRequest, ctx: C): Promise<Response> => {
    const limit = await consumeRateLimit(policy, `ip:${clientIp(req.headers)}`);
    if (!limit.allowed) return withRateLimitHeaders(errorResponse(tooManyRequests(limit)), limit);
    return withRateLimitHeaders(await handler(req, ctx), limit);
  };
}

/**
 * An operator route: anyone who is not an admin gets 404, as if it did not exist; so does a caller
 * without a session or token (a 401 would tell them the route is there).
 */
export function adminRoute<P = Record<string, never>>(handler: Handler<P>) {
  const route = apiRoute<P>(async (req, ctx) => {
    if (ctx.user.role !== "admin") throw new AppError("NOT_FOUND", "Not found");
    return handler(req, ctx);
  });
  return async (req: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const res = await route(req, context);
    if (res.status !== 401) return res;
    const notFound = errorResponse(new AppError("NOT_FOUND", "Not found"));
    for (const [k, v] of res.headers) if (k.startsWith("ratelimit")) notFound.headers.set(k, v);
    return notFound;
  };
}

/** Same error mapping for routes anyone may call (health, device profiles), limited per IP. */
export function publicRoute<P = Record<string, never>>(handler: (req: NextRequest, ctx: { params: P }) => Promise<Response>) {
  return limitByIp("public", async (req: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(req, { params: await context.params });
    } catch (err) {
      unstable_rethrow(err);
      return errorResponse(err);
    }
  });
}

/**
 * Reads a JSON body of at most MAX_REQUEST_BODY_MB, streaming so an oversized body is refused
 * without buffering it, then validates it: 413 too large, 400 not JSON, 400 naming the field.
 */
export async function readJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `Request body exceeds the limit of ${env.MAX_REQUEST_BODY_MB} MB`);
  const text = (await readLimitedBody(req, env.MAX_REQUEST_BODY_MB * 1024 * 1024, tooLarge)).toString("utf8");
  if (!text.trim()) throw new AppError("BAD_INPUT", "Request body must be a JSON object");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("BAD_INPUT", "Request body is not valid JSON");
  }
  return schema.parse(json);
}

/**
 * The raw body, at most `limit` bytes: a declared Content-Length above it is refused before reading,
 * and an undeclared (chunked) body is cut off as soon as it passes the limit.
 */
export async function readLimitedBody(req: Request, limit: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}
