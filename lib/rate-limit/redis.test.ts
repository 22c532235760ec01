// Two app instances (two processes) share one limit through Redis (RATE_LIMIT_STORE=redis); the
// Redis on 127.0.0.1:6379 that every machine here and CI run.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");

function instance(key: string, count: number, prefix: string) {
  return run("npx", ["tsx", "lib/rate-limit/testing/consume.ts", key, String(count)], {
    cwd: root,
    env: {
      ...process.env,
      RATE_LIMIT_STORE: "redis",
      RATE_LIMIT_WRITE_PER_MINUTE: "25",
      RATE_LIMIT_REDIS_PREFIX: prefix,
      LOG_LEVEL: "error",
    },
  }).then(({ stdout }) => (JSON.parse(stdout.trim().split("\n").at(-1)!) as { allowed: number }).allowed);
}

describe("rate limits shared through Redis", () => {
  it("two processes together get the limit once, not once each", async () => {
    const prefix = `inkset-test:${randomUUID()}`;
    const [a, b] = await Promise.all([instance("user:shared", 20, prefix), instance("user:shared", 20, prefix)]);
    expect(a + b).toBe(25);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  });

  it("a memory store would have let each process through on its own (control)", async () => {
    const prefix = `inkset-test:${randomUUID()}`;
    const memory = (count: number) =>
      run("npx", ["tsx", "lib/rate-limit/testing/consume.ts", "user:solo", String(count)], {
        cwd: root,
        env: {
          ...process.env,
          RATE_LIMIT_STORE: "memory",
          RATE_LIMIT_WRITE_PER_MINUTE: "25",
          RATE_LIMIT_REDIS_PREFIX: prefix,
          LOG_LEVEL: "error",
        },
      }).then(({ stdout }) => (JSON.parse(stdout.trim()) as { allowed: number }).allowed);
    const [a, b] = await Promise.all([memory(20), memory(20)]);
    expect(a + b).toBe(40);
  });
});
