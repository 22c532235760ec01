// Rate limits as API clients meet them: headers on every answer, 429 + Retry-After past the limit,
// per user for signed-in callers and per IP for everyone else.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("RATE_LIMIT_STORE", "memory");
  vi.stubEnv("RATE_LIMIT_READ_PER_MINUTE", "3");
  vi.stubEnv("RATE_LIMIT_PUBLIC_PER_MINUTE", "2");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { NextRequest } from "next/server";
import { GET as listJobs } from "@/app/api/pdf/jobs/route";
import { GET as health } from "@/app/api/health/route";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const none = routeParams({});
const list = (token: string) => listJobs(new NextRequest(apiRequest("/api/pdf/jobs", token)), none);

describe("per-user limits on signed-in routes", () => {
  it("answers with RateLimit headers, then 429 RATE_LIMITED with Retry-After; another user is unaffected", async () => {
    const { token } = await userWithToken("limited");
    const first = await list(token);
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-policy")).toBe('"read";q=3;w=60');
    expect(first.headers.get("ratelimit")).toMatch(/^"read";r=2;t=\d+$/);
    await list(token);
    await list(token);
    const refused = await list(token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit")).toMatch(/^"read";r=0;t=\d+$/);
    const body = await refused.json();
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).toMatch(/limit is 3 per minute/);
    const { token: other } = await userWithToken("other");
    expect((await list(other)).status).toBe(200);
  });
});

describe("per-IP limits where nobody is signed in", () => {
  const from = (ip: string, path: string, headers: Record<string, string> = {}) =>
    new NextRequest(new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": ip, ...headers } }));

  it("limits public routes by client address", async () => {
    expect((await health(from("198.51.100.1", "/api/health"), none)).status).not.toBe(429);
    expect((await health(from("198.51.100.1", "/api/health"), none)).status).not.toBe(429);
    const refused = await health(from("198.51.100.1", "/api/health"), none);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect((await health(from("198.51.100.2", "/api/health"), none)).status).not.toBe(429);
  });

  it("limits failed authentication by address, so tokens cannot be guessed at full speed", async () => {
    const bad = { authorization: "Bearer ink_not-a-real-token" };
    expect((await listJobs(from("198.51.100.7", "/api/pdf/jobs", bad), none)).status).toBe(401);
    expect((await listJobs(from("198.51.100.7", "/api/pdf/jobs", bad), none)).status).toBe(401);
    const refused = await listJobs(from("198.51.100.7", "/api/pdf/jobs", bad), none);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe("RATE_LIMITED");
  });
});
