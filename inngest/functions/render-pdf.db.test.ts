// The Inngest render function, run by @inngest/test against the real database, real render child
// processes and real storage (a temp directory, and s3rver for the storage-outage case). Only
// Inngest's cloud is simulated: where Inngest would re-invoke the function after a step failed, the
// test replays the run as Inngest would: memoised steps return their recorded output and the failed
// step throws a StepError carrying the serialised error. (@inngest/test 1.0.0 cannot feed a failed
// step's state to the inngest 4.24 engine: a mocked step always resolves, so that replay goes through
// renderJobOnInngest, the function's body, with a memo step runner.)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { serializeError, StepError } from "inngest";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const tmp = vi.hoisted(() => {
  // Must be set before lib/env is imported (it parses once). One render child per render, no
  // spare, so "no child left" is a plain process-table check.
  const dir = `${process.env.TMPDIR ?? "/tmp"}/inkset-inngest-${process.pid}-${Date.now()}`;
  vi.stubEnv("JOBS_DIR", `${dir}/jobs`);
  vi.stubEnv("MAX_PDF_PAGES", "5");
  // Generous for a cold child on a shared 2-core machine (~3 s); the timeout case waits this long.
  vi.stubEnv("PDF_TIMEOUT_SECONDS", "12");
  // A few KB: the small templates stay under it, five pages of dot grid go over.
  vi.stubEnv("MAX_PDF_SIZE_MB", "0.01");
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  vi.stubEnv("LOG_LEVEL", "error");
  return dir;
});

import { cancelJobForOwner, createJob, getDownloadInfoForOwner, getJobForOwner } from "@/lib/db/jobs";
import { getJobStatus } from "@/lib/db/job-runs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { setTestChildReuse, setTestRenderDelay, shutdownSpareChild } from "@/lib/jobs/child-process";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { setStorageForTests } from "@/lib/storage";
import { createFsStorage } from "@/lib/storage/fs";
import { createS3Storage } from "@/lib/storage/s3";
import { jobOutputKey, type Storage } from "@/lib/storage/types";
import { startS3Server, type S3TestServer } from "@/tests/setup/s3-server";
import { renderJobOnInngest, renderPdf } from "@/inngest/functions/render-pdf";
import { jobRequestedEventId } from "@/lib/jobs/queue/inngest-events";

const template = (pages: number, extra = "") => `schema_version: "1.0"
metadata: { name: Inngest test, category: test, created: "2026-01-01", profile: boox-note-air-4c }
canvas: { dimensions: { width: 300, height: 400, margins: [10, 10, 10, 10] } }
widgets:
  - { id: first, type: text_block, page: 1, content: "Page one", position: { x: 10, y: 10, width: 200, height: 20 } }
  - { id: last, type: text_block, page: ${pages}, content: "Last page", position: { x: 10, y: 10, width: 200, height: 20 } }
${extra}`;

let owner: { id: string };
let storage: Storage;
let s3: S3TestServer;

beforeAll(async () => {
  ensureRenderChildBuilt(); // a clean clone runs Vitest before any build
  // One child per job here (no reuse for the owner's next job), so "no render process left" means the
  // render's own child ended with it.
  setTestChildReuse({ maxJobs: 1 });
  owner = await findOrCreateUserByEmail(`inngest-${Date.now()}@example.test`);
  storage = createFsStorage(path.join(tmp, "store"));
  setStorageForTests(storage);
  s3 = await startS3Server("inkset-inngest");
});
afterEach(() => {
  setTestRenderDelay(null);
  setStorageForTests(storage);
});
afterAll(async () => {
  setTestChildReuse(null);
  shutdownSpareChild();
  setStorageForTests(undefined);
  await s3.close();
  rmSync(tmp, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

async function newJob(yaml: string) {
  const job = await createJob({ ownerId: owner.id, title: "Inngest test", yamlContent: yaml, deterministic: true, strictMode: false });
  return job.id;
}

const requested = (jobId: string) => ({
  name: "pdf/job.requested",
  id: jobRequestedEventId(jobId),
  data: { jobId, ownerId: owner.id, plan: "free" },
});

let runSeq = 0;
/**
 * One engine per simulated run. Inngest keeps a run's id across all its invocations; the test engine
 * draws a new one per invocation, so pin it (the function uses the run id as the job's lease owner).
 */
function engine(runId = `run${++runSeq}`) {
  return new InngestTestEngine({ function: renderPdf, transformCtx: (ctx) => ({ ...mockCtx(ctx), runId }) });
}

async function row(jobId: string) {
  const [view, download, status] = await Promise.all([
    getJobForOwner(owner.id, jobId),
    getDownloadInfoForOwner(owner.id, jobId),
    getJobStatus(jobId),
  ]);
  if (!view || !download || !status) throw new Error(`job ${jobId} is gone`);
  return { ...view, outputPath: download.outputPath, leaseOwner: status.leaseOwner };
}

/** Render children of this process (the child entry is dist/render-child.mjs). */
function renderChildren(): number[] {
  const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], { encoding: "utf8" }).trim();
  return out
    .split("\n")
    .filter((line) => line.includes("render-child"))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function until(check: () => Promise<boolean> | boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Inngest's re-invocation of run `runId` after its render step failed for good. */
async function replayAfterFailure(jobId: string, runId: string, error: unknown) {
  const memo = new Map<string, unknown>([["claim-job", true]]);
  return renderJobOnInngest(jobId, runId, {
    async run(id, fn) {
      if (memo.has(id)) return memo.get(id);
      // What Inngest stores and sends back: the JSON-serialised error of the failed attempt.
      if (id === "render-and-upload") throw new StepError(id, JSON.parse(JSON.stringify(serializeError(error))));
      return fn();
    },
  });
}

const stepIds = (calls: unknown[][]) => calls.map((c) => c[0]);

describe("render-pdf (Inngest function)", () => {
  it("claims, renders in a child, uploads and completes the job; progress is on the row", async () => {
    const jobId = await newJob(template(3));
    const { result, ctx } = await engine().execute({ events: [requested(jobId)] });
    expect(result).toEqual({ status: "completed", pages: 3 });
    expect(stepIds(ctx.step.run.mock.calls)).toEqual(["claim-job", "render-and-upload", "mark-completed", "deliver-webhook", "send-mail"]);
    const r = await row(jobId);
    expect(r).toMatchObject({ status: "completed", pageCount: 3, outputPath: jobOutputKey(jobId), attempts: 1, leaseOwner: null });
    expect(r.progress).toEqual({ phase: "done", done: 3, total: 3 });
    expect((await storage.stat(jobOutputKey(jobId)))?.size).toBe(r.sizeBytes);
    await until(() => renderChildren().length === 0);
    expect(renderChildren()).toEqual([]);
  });

  it("fails a template error at once (NonRetriableError), keeps its message and diagnostics", async () => {
    const runId = `run${++runSeq}`;
    const jobId = await newJob("- a list\n- is not a template\n");
    const first = await engine(runId).execute({ events: [requested(jobId)] });
    expect(first.error).toMatchObject({ name: "NonRetriableError" });
    const message = (first.error as Error).message;
    expect(message).toMatch(/mapping/);
    expect(message).not.toMatch(/\/work|at .*\.ts/); // user-facing, no paths or stack
    await until(() => renderChildren().length === 0);
    expect(renderChildren()).toEqual([]);

    const replay = await replayAfterFailure(jobId, runId, first.error);
    expect(replay).toEqual({ status: "failed" });
    const r = await row(jobId);
    expect(r).toMatchObject({ status: "failed", errorMessage: message, outputPath: null });
    expect(JSON.stringify(r.diagnostics)).toMatch(/mapping/);
  });

  it("fails a job over the page limit with the contract's message, without retry", async () => {
    const runId = `run${++runSeq}`;
    const jobId = await newJob(template(8));
    const first = await engine(runId).execute({ events: [requested(jobId)] });
    expect(first.error).toMatchObject({ name: "NonRetriableError", message: "PDF has 8 pages, exceeds limit of 5" });
    await replayAfterFailure(jobId, runId, first.error);
    expect(await row(jobId)).toMatchObject({ status: "failed", errorMessage: "PDF has 8 pages, exceeds limit of 5" });
  });

  it("fails a PDF over the size limit, without retry, and stores nothing", async () => {
    const grid = (page: number) =>
      `  - { id: grid${page}, type: dot_grid, page: ${page}, position: { x: 0, y: 0, width: 300, height: 400 }, properties: { grid_cell_size: 5, dot_size: 1 } }`;
    const runId = `run${++runSeq}`;
    const jobId = await newJob(template(5, [1, 2, 3, 4, 5].map(grid).join("\n")));
    const first = await engine(runId).execute({ events: [requested(jobId)] });
    expect(first.error).toMatchObject({
      name: "NonRetriableError",
      message: expect.stringMatching(/^PDF is .*MB, exceeds limit of 0.01MB$/),
    });
    await replayAfterFailure(jobId, runId, first.error);
    expect(await row(jobId)).toMatchObject({ status: "failed", errorMessage: (first.error as Error).message, outputPath: null });
    expect(await storage.stat(jobOutputKey(jobId))).toBeNull();
  });

  it("kills a render that exceeds PDF_TIMEOUT_SECONDS with our own timer, and does not retry it", async () => {
    setTestRenderDelay(60_000);
    const runId = `run${++runSeq}`;
    const jobId = await newJob(template(1));
    const started = Date.now();
    const first = await engine(runId).execute({ events: [requested(jobId)] });
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(first.error).toMatchObject({ name: "NonRetriableError", message: "Process exceeded 12s timeout and was terminated" });
    await until(() => renderChildren().length === 0);
    expect(renderChildren()).toEqual([]);
    await replayAfterFailure(jobId, runId, first.error);
    expect(await row(jobId)).toMatchObject({ status: "failed", errorMessage: "Process exceeded 12s timeout and was terminated" });
  });

  it("retries a storage outage (retriable step error) and completes on the retry against real S3", async () => {
    const runId = `run${++runSeq}`;
    const jobId = await newJob(template(2));
    setStorageForTests(createS3Storage({ ...s3.config, endpoint: "http://127.0.0.1:9" })); // nothing listens there
    const first = await engine(runId).execute({ events: [requested(jobId)] });
    expect(first.error).toMatchObject({ name: "AppError", message: expect.stringContaining("temporarily unavailable") });
    expect(first.error).not.toMatchObject({ name: "NonRetriableError" });
    expect(await row(jobId)).toMatchObject({ status: "processing" });

    // Inngest retries the failed step; claim-job stays memoised (the job is not claimed twice).
    const live = createS3Storage(s3.config);
    setStorageForTests(live);
    const retry = await engine(runId).execute({ events: [requested(jobId)], steps: [{ id: "claim-job", handler: () => true }] });
    expect(retry.result).toEqual({ status: "completed", pages: 2 });
    expect(await row(jobId)).toMatchObject({ status: "completed", attempts: 1 });
    expect((await live.stat(jobOutputKey(jobId)))?.size).toBeGreaterThan(0);
  });

  it("skips a job cancelled before it started (database guard): no render, no file", async () => {
    const jobId = await newJob(template(1));
    expect(await cancelJobForOwner(owner.id, jobId)).toEqual({ ok: true });
    const { result, ctx } = await engine().execute({ events: [requested(jobId)] });
    expect(result).toEqual({ status: "skipped" });
    expect(stepIds(ctx.step.run.mock.calls)).toEqual(["claim-job"]);
    expect(await row(jobId)).toMatchObject({ status: "cancelled" });
    expect(await storage.stat(jobOutputKey(jobId))).toBeNull();
  });

  it("kills the render child when the job is cancelled mid-step, and never completes it", async () => {
    setTestRenderDelay(60_000);
    const runId = `run${++runSeq}`;
    const jobId = await newJob(template(1));
    const running = engine(runId).execute({ events: [requested(jobId)] });
    await until(async () => (await getJobStatus(jobId))?.status === "processing" && renderChildren().length === 1);
    const cancelledAt = Date.now();
    expect(await cancelJobForOwner(owner.id, jobId)).toEqual({ ok: true });
    const first = await running;
    expect(Date.now() - cancelledAt).toBeLessThan(4_000); // about one poll interval, not the 12 s timeout
    expect(first.error).toMatchObject({ name: "NonRetriableError", message: "render cancelled" });
    await until(() => renderChildren().length === 0);
    expect(renderChildren()).toEqual([]);

    const replay = await replayAfterFailure(jobId, runId, first.error);
    expect(replay).toEqual({ status: "cancelled" });
    expect(await row(jobId)).toMatchObject({ status: "cancelled", outputPath: null });
    expect(await storage.stat(jobOutputKey(jobId))).toBeNull();
  });

  it("renders once when the same event is delivered twice", async () => {
    const runId = `run${++runSeq}`;
    const jobId = await newJob(template(1));
    const first = await engine(runId).execute({ events: [requested(jobId)] });
    expect(first.result).toEqual({ status: "completed", pages: 1 });
    const stored = await storage.stat(jobOutputKey(jobId));
    const second = await engine().execute({ events: [requested(jobId)] });
    expect(second.result).toEqual({ status: "skipped" });
    expect(stepIds(second.ctx.step.run.mock.calls)).toEqual(["claim-job"]);
    expect(await storage.stat(jobOutputKey(jobId))).toEqual(stored);
    expect(await row(jobId)).toMatchObject({ status: "completed", attempts: 1 });
  });

  it("rejects an event that does not match its schema without retrying", async () => {
    const { error } = await engine().execute({ events: [{ name: "pdf/job.requested", data: { jobId: "../etc" } }] });
    // EventValidationError extends NonRetriableError (class identity differs across the SDK's CJS/ESM builds).
    expect(error).toMatchObject({ name: "EventValidationError", message: expect.stringContaining("jobId: must be an id") });
  });
});
