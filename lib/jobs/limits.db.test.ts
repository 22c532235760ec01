// Render limits through the whole pipeline, each with its exact message, and the child really gone.
import { rmSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-limits-${process.pid}-${Date.now()}`);
  // Long enough for a small render on a loaded 2-core machine, short enough to wait out once.
  vi.stubEnv("PDF_TIMEOUT_SECONDS", "10");
  vi.stubEnv("PDF_SYNC_TIMEOUT_SECONDS", "3");
  vi.stubEnv("MAX_PDF_PAGES", "5");
  // ~4 KB: two plain pages (~1.7 KB, object streams) stay under it, five pages of dense filler text (~6.5 KB) go over.
  vi.stubEnv("MAX_PDF_SIZE_MB", "0.004");
  vi.stubEnv("LOG_LEVEL", "error");
});

import * as jobs from "@/lib/db/jobs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { renderInChild, setTestRenderDelay, shutdownSpareChild } from "@/lib/jobs/child-process";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { ensureRenderChildBuilt, pidAlive, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { renderNow } from "@/lib/jobs/sync-render";
import { getStorage, jobOutputKey } from "@/lib/storage";

let ownerId = "";
let supervisor: Supervisor;
const pids = new Map<string, number>();

// Straight into the table, as if the API's early checks had been bypassed: the render must still refuse.
const queue = (yaml: string) =>
  jobs.createJob({ ownerId, title: "limits", yamlContent: yaml, deterministic: true, strictMode: false }).then((job) => {
    supervisor.wake();
    return job;
  });

async function failedWith(jobId: string, childEnds = true) {
  await waitForStatus(jobId, ["failed", "completed"], 90_000);
  const row = await jobs.getJobForOwner(ownerId, jobId);
  expect(row?.status).toBe("failed");
  expect(await getStorage().stat(jobOutputKey(jobId))).toBeNull();
  const pid = pids.get(jobId);
  // Timeout, memory and renderer failures resolve only after the exit. A render that finished before
  // its output was refused (size) leaves a healthy child, kept for the same owner's next job.
  if (pid && childEnds) await vi.waitFor(() => expect(pidAlive(pid)).toBe(false), { timeout: 6000, interval: 50 });
  return row?.errorMessage;
}

beforeAll(async () => {
  ensureRenderChildBuilt();
  ownerId = (await findOrCreateUserByEmail(`limits-${Date.now()}@test.local`)).id;
  supervisor = startSupervisor({ concurrency: 2, retention: false, onSpawn: (id, pid) => pids.set(id, pid) });
});
afterEach(() => setTestRenderDelay(null));
afterAll(async () => {
  await supervisor.stop();
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("render limits", () => {
  it("kills a render at PDF_TIMEOUT_SECONDS with the exact message", async () => {
    setTestRenderDelay(60_000);
    const job = await queue(sampleTemplate());
    expect(await failedWith(job.id)).toBe("Process exceeded 10s timeout and was terminated");
    expect(pids.get(job.id)).toBeTypeOf("number");
  }, 120_000);

  it("enforces MAX_PDF_PAGES before rendering", async () => {
    const overServer = await queue(sampleTemplate({ pages: 8 }));
    expect(await failedWith(overServer.id)).toBe("PDF has 8 pages, exceeds limit of 5");
  });

  it("lets a template's own max_pages lower the ceiling, never raise it", async () => {
    const lowered = await queue(sampleTemplate({ pages: 4, maxPages: 3 }));
    const raised = await queue(sampleTemplate({ pages: 6, maxPages: 100 }));
    expect(await failedWith(lowered.id)).toBe("PDF has 4 pages, exceeds limit of 3");
    expect(await failedWith(raised.id)).toBe("PDF has 6 pages, exceeds limit of 5");
  });

  it("enforces MAX_PDF_SIZE_MB on the real output and removes the file", async () => {
    const job = await queue(sampleTemplate({ pages: 5, fillerPerPage: 100 }));
    expect(await failedWith(job.id, false)).toMatch(/^PDF is 0\.\d{3}MB, exceeds limit of 0\.004MB$/);
    const ok = await queue(sampleTemplate({ pages: 2 }));
    await waitForStatus(ok.id, ["completed"], 90_000);
  });

  it("gives the sync endpoint its own, shorter timeout and the same limits", async () => {
    setTestRenderDelay(30_000);
    const slow = await renderNow(ownerId, { yaml_content: sampleTemplate(), deterministic: false, strict_mode: false }).catch(
      (e: unknown) => e,
    );
    expect((slow as Error).message).toBe("Process exceeded 3s timeout and was terminated");
    setTestRenderDelay(null);
    const big = await renderNow(ownerId, {
      yaml_content: sampleTemplate({ pages: 5, fillerPerPage: 100 }),
      deterministic: false,
      strict_mode: false,
    }).catch((e: unknown) => e);
    expect((big as Error).message).toMatch(/^PDF is 0\.\d{3}MB, exceeds limit of 0\.004MB$/);
  }, 60_000);

  it("caps the child's heap: out of memory gives the memory message and the process is gone", async () => {
    let pid = 0;
    const err = await renderInChild({
      yaml: sampleTemplate({ pages: 200, fillerPerPage: 30 }),
      outputPath: `${env.JOBS_DIR}/tmp/oom.pdf`,
      options: { strict: false, deterministic: true, maxPages: 1000 },
      timeoutSeconds: 120,
      memoryMb: 24,
      onSpawn: (p) => (pid = p),
    }).catch((e: unknown) => e);
    expect((err as Error).message).toBe("Render exceeded the memory limit of 24 MB");
    expect(pid).toBeGreaterThan(0);
    expect(pidAlive(pid)).toBe(false);
  }, 150_000);
});
