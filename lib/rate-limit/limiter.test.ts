import { afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("RATE_LIMIT_STORE", "memory");
  vi.stubEnv("RATE_LIMIT_WRITE_PER_MINUTE", "3");
  vi.stubEnv("RATE_LIMIT_TRUSTED_PROXIES", "1");
});

import { clientIp, consumeRateLimit, rateLimitHeaders } from "./limiter";

afterEach(() => vi.useRealTimers());

describe("consumeRateLimit (memory store)", () => {
  it("allows the policy's requests per window, then refuses until the window ends (injected clock)", async () => {
    vi.useFakeTimers({ now: new Date("2027-01-01T00:00:00Z"), toFake: ["Date", "setTimeout", "clearTimeout"] });
    const key = `clock-${Math.random()}`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit("write", key));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]).toMatchObject({ policy: "write", limit: 3, resetSeconds: 60 });
    vi.advanceTimersByTime(59_000);
    expect((await consumeRateLimit("write", key)).allowed).toBe(false);
    vi.advanceTimersByTime(1_001);
    expect(await consumeRateLimit("write", key)).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("keeps keys apart", async () => {
    for (let i = 0; i < 3; i++) await consumeRateLimit("write", "a-user");
    expect((await consumeRateLimit("write", "a-user")).allowed).toBe(false);
    expect((await consumeRateLimit("write", "another-user")).allowed).toBe(true);
  });
});

describe("headers", () => {
  it("writes RateLimit-Policy and RateLimit as structured fields, Retry-After only on refusal", () => {
    expect(rateLimitHeaders({ allowed: true, policy: "write", limit: 120, remaining: 119, resetSeconds: 42 })).toEqual({
      "ratelimit-policy": '"write";q=120;w=60',
      ratelimit: '"write";r=119;t=42',
    });
    expect(rateLimitHeaders({ allowed: false, policy: "read", limit: 5, remaining: 0, resetSeconds: 7 })["retry-after"]).toBe("7");
  });

  it("takes the client address the trusted proxy wrote, not one the client forged", () => {
    // One trusted proxy: it appended the address it saw; the app's own server appended the proxy's.
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({}))).toBe("unknown");
  });
});
