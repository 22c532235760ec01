// `scripts/worker.ts` as a real process: SIGKILL it mid-render, start another worker, and the job
// completes on the second attempt (its lease expired); SIGTERM stops a worker cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const jobsDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/inkset-crash-${process.pid}-${Date.now()}`;
  vi.stubEnv("JOBS_DIR", dir);
  vi.stubEnv("LOG_LEVEL", "error");
  return dir;
});

import * as jobs from "@/lib/db/jobs";
import * as runs from "@/lib/db/job-runs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { ensureRenderChildBuilt, pdfPageCount, pidAlive, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { getStorage, jobOutputKey } from "@/lib/storage";

const workers: ChildProcess[] = [];

function startWorker(extraEnv: Record<string, string>): ChildProcess {
  // `node --import tsx` (not the tsx CLI, which forks again) so the pid we signal is the worker.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: env.DATABASE_URL,
      NODE_ENV: "test",
      JOBS_DIR: jobsDir,
      JOB_LEASE_SECONDS: "2",
      PDF_RUNNER: "local",
      PDF_WORKER_CONCURRENCY: "1",
      PDF_SPARE_CHILD: "false",
      LOG_LEVEL: "error",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  workers.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

let ownerId = "";
beforeAll(async () => {
  ensureRenderChildBuilt();
  ownerId = (await findOrCreateUserByEmail(`crash-${Date.now()}@test.local`)).id;
});
afterAll(() => {
  for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
  rmSync(jobsDir, { recursive: true, force: true });
});

describe("standalone worker", () => {
  it("recovers a job from a SIGKILLed worker; nothing stays stuck", async () => {
    const job = await createRenderJob(ownerId, { yaml_content: sampleTemplate({ pages: 3 }), deterministic: false, strict_mode: false });

    const first = startWorker({ INKSET_TEST_RENDER_DELAY_MS: "120000" });
    await waitForStatus(job.id, ["processing"], 60_000);
    await vi.waitFor(async () => expect((await jobs.getJobForOwner(ownerId, job.id))?.progress).toMatchObject({ phase: "layout" }), {
      timeout: 60_000,
      interval: 200,
    });
    expect((await runs.getJobStatus(job.id))?.leaseOwner).toContain(`:${first.pid}:`);
    first.kill("SIGKILL");
    await exited(first);
    expect(pidAlive(first.pid!)).toBe(false);

    const second = startWorker({});
    await waitForStatus(job.id, ["completed", "failed"], 90_000);
    const row = await jobs.getJobForOwner(ownerId, job.id);
    expect(row).toMatchObject({ status: "completed", attempts: 2, pageCount: 3 });
    const stored = await getStorage().read(jobOutputKey(job.id));
    const chunks: Buffer[] = [];
    for await (const c of stored!.stream) chunks.push(c as Buffer);
    expect(await pdfPageCount(Buffer.concat(chunks))).toBe(3);

    second.kill("SIGTERM");
    expect(await exited(second)).toBe(0);
  }, 240_000);
});
