// An idle inspection pool must not keep a process alive (benchmarks, the CLI, scripts), while a busy
// one must, or a script awaiting its answer would exit before it arrives. Adding a "message"
// listener refs a worker again, so the pool refs it per task and unrefs it when idle.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";

describe("the inspection pool and process exit", () => {
  it("answers a script's check, then lets the script exit", () => {
    ensureRenderChildBuilt(); // dist/inspect-worker.mjs
    // A hang guard, not a speed limit: before the fix the script never exited.
    const run = spawnSync("npx", ["tsx", "tests/scripts/inspect-and-exit.ts"], {
      encoding: "utf8",
      timeout: 80_000,
      env: { ...process.env, LOG_LEVEL: "error" },
    });
    expect(run.stdout.trim()).toBe("inspected true");
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  }, 90_000);
});
