// The local supervisor with real child processes and the real database: progress, cancel within
// 1 s, exactly-once with two supervisors, lease recovery with a retry limit.
import { existsSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-supervisor-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { db } from "@/lib/db/client";
import * as jobs from "@/lib/db/jobs";
import * as runs from "@/lib/db/job-runs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { setTestRenderDelay, shutdownSpareChild } from "@/lib/jobs/child-process";
import { cancelRenderJob, createRenderJob } from "@/lib/jobs/enqueue";
import { workerLostMessage } from "@/lib/jobs/limits";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { ensureRenderChildBuilt, pidAlive, sleep, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { getStorage, jobOutputKey } from "@/lib/storage";

let ownerId = "";
const supervisors: Supervisor[] = [];
const start = (opts: Parameters<typeof startSupervisor>[0] = {}) => {
  const s = startSupervisor({ retention: false, ...opts });
  supervisors.push(s);
  return s;
};
const input = (yaml = sampleTemplate()) => ({ yaml_content: yaml, deterministic: false, strict_mode: false });

beforeAll(async () => {
  ensureRenderChildBuilt();
  ownerId = (await findOrCreateUserByEmail(`supervisor-${Date.now()}@test.local`)).id;
});
afterEach(async () => {
  setTestRenderDelay(null);
  await Promise.all(supervisors.splice(0).map((s) => s.stop()));
});
afterAll(() => {
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("local supervisor", () => {
  it("claims atomically: of 20 concurrent claims on one job exactly one wins", async () => {
    const job = await createRenderJob(ownerId, input());
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => runs.claimJob(job.id, `racer-${i}`, 30_000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const row = await runs.getJobStatus(job.id);
    expect(row).toMatchObject({ status: "processing", attempts: 1 });
    expect(await cancelRenderJob(ownerId, job.id)).toBeUndefined();
  });

  it("cancels a processing job: child gone within 1 s, stays cancelled, no partial output", async () => {
    setTestRenderDelay(8000);
    const pids = new Map<string, number>();
    start({ concurrency: 2, onSpawn: (id, pid) => pids.set(id, pid) });
    // One cancelled in this process (signal), one as another process would (row only, found by polling).
    const viaSignal = await createRenderJob(ownerId, input());
    const viaRow = await createRenderJob(ownerId, input());
    for (const job of [viaSignal, viaRow]) {
      await waitForStatus(job.id, ["processing"]);
      await vi.waitFor(() => expect(pids.get(job.id)).toBeTypeOf("number"), { timeout: 30_000 });
    }
    // Let the children start rendering (progress arrives) before cancelling.
    await vi.waitFor(async () => expect((await jobs.getJobForOwner(ownerId, viaRow.id))?.progress).toMatchObject({ phase: "layout" }), {
      timeout: 30_000,
      interval: 100,
    });
    // Renders run below the web server's priority (niceness 10), so requests stay responsive.
    for (const job of [viaSignal, viaRow]) expect(os.getPriority(pids.get(job.id)!)).toBe(10);

    const t0 = Date.now();
    await cancelRenderJob(ownerId, viaSignal.id);
    await jobs.cancelJobForOwner(ownerId, viaRow.id);
    for (const job of [viaSignal, viaRow]) {
      const pid = pids.get(job.id)!;
      await vi.waitFor(() => expect(pidAlive(pid)).toBe(false), { timeout: 1000, interval: 20 });
    }
    expect(Date.now() - t0).toBeLessThanOrEqual(1000);

    await sleep(9000); // past the point the render would have finished
    for (const job of [viaSignal, viaRow]) {
      const row = await jobs.getJobForOwner(ownerId, job.id);
      expect(row).toMatchObject({ status: "cancelled", pageCount: null, sizeBytes: null });
      expect(await getStorage().stat(jobOutputKey(job.id))).toBeNull();
    }
    const tmp = path.join(env.JOBS_DIR, "tmp");
    expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
  });

  it("two supervisors, many jobs: every job runs exactly once", async () => {
    const spawned: string[] = [];
    const onSpawn = (id: string) => spawned.push(id);
    const created = await Promise.all(Array.from({ length: 8 }, () => createRenderJob(ownerId, input())));
    const a = start({ concurrency: 2, onSpawn });
    const b = start({ concurrency: 2, onSpawn });
    for (const job of created) await waitForStatus(job.id, ["completed", "failed"], 120_000);
    // One child per job across both supervisors: no job was rendered twice.
    expect(spawned.sort()).toEqual(created.map((j) => j.id).sort());
    for (const job of created) {
      const row = await jobs.getJobForOwner(ownerId, job.id);
      expect(row, row?.errorMessage ?? "").toMatchObject({ status: "completed", attempts: 1, pageCount: 2 });
    }
    expect(a.id).not.toBe(b.id);
  }, 180_000);

  it("re-queues a job whose supervisor died (lease expired) and fails it after the retry limit", async () => {
    const retried = await createRenderJob(ownerId, input());
    const exhausted = await createRenderJob(ownerId, input());
    // A supervisor that claimed and then vanished: leases already expired.
    expect(await runs.claimJob(retried.id, "dead-worker", 1)).toBe(true);
    for (let i = 0; i < env.JOB_MAX_ATTEMPTS; i++) {
      expect(await runs.claimJob(exhausted.id, "dead-worker", 1)).toBe(true);
      if (i < env.JOB_MAX_ATTEMPTS - 1) await runs.requeueJob(exhausted.id, "dead-worker", "crashed");
    }
    await sleep(5);
    start({ concurrency: 2 });
    await waitForStatus(retried.id, ["completed"], 60_000);
    expect(await runs.getJobStatus(retried.id)).toMatchObject({ status: "completed", attempts: 2 });
    await waitForStatus(exhausted.id, ["failed"]);
    expect((await jobs.getJobForOwner(ownerId, exhausted.id))?.errorMessage).toBe(workerLostMessage(env.JOB_MAX_ATTEMPTS));
    // Failed by recovery, it finished like any other job: one "failed" event (quotas, dashboard, webhooks).
    await vi.waitFor(async () =>
      expect(await db.jobEvent.findMany({ where: { jobId: exhausted.id, type: "failed" }, select: { error: true } })).toEqual([
        { error: workerLostMessage(env.JOB_MAX_ATTEMPTS) },
      ]),
    );
  });

  it("never lets a finished render overwrite a cancelled job", async () => {
    const job = await createRenderJob(ownerId, input());
    expect(await runs.claimJob(job.id, "w1", 30_000)).toBe(true);
    await jobs.cancelJobForOwner(ownerId, job.id);
    const out = { key: jobOutputKey(job.id), sizeBytes: 1, pageCount: 1, diagnostics: {} };
    expect(await runs.markJobCompleted(job.id, "w1", out)).toBe(false);
    expect(await runs.markJobCompleted(job.id, null, out)).toBe(false);
    expect(await runs.markJobFailed(job.id, null, "late failure")).toBe(false);
    expect(await runs.requeueJob(job.id, "w1", "late retry")).toBe(false);
    expect(await runs.getJobStatus(job.id)).toMatchObject({ status: "cancelled" });
  });
});
