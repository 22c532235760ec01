// Everything around the render run: the configuration Inngest receives for each function (the
// engine-side behaviours we can only check, not exercise, here), the onFailure handler, the
// cancelled-run handler, the retention cron (against real S3) and the outbox-relay cron.
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import type { FunctionConfig } from "inngest/types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const eventApiPort = vi.hoisted(() => {
  const port = 20_000 + ((process.pid + 7) % 20_000);
  vi.stubEnv("INNGEST_DEV", "0");
  vi.stubEnv("INNGEST_EVENT_KEY", "test-event-key");
  vi.stubEnv("INNGEST_SIGNING_KEY", "signkey-test-00");
  vi.stubEnv("INNGEST_BASE_URL", `http://127.0.0.1:${port}`);
  vi.stubEnv("INNGEST_USER_CONCURRENCY", "2");
  vi.stubEnv("INNGEST_GLOBAL_CONCURRENCY", "10");
  vi.stubEnv("PDF_TIMEOUT_SECONDS", "600");
  vi.stubEnv("JOB_CLEANUP_INTERVAL_HOURS", "6");
  // 0.36 s: jobs finished in this test are "expired" after a short wait.
  vi.stubEnv("JOB_RETENTION_HOURS", "0.0001");
  vi.stubEnv("LOG_LEVEL", "error");
  return port;
});

import { cancelJobForOwner, createJob, getJobForOwner } from "@/lib/db/jobs";
import { claimJob, getJobStatus, markJobCompleted } from "@/lib/db/job-runs";
import { getOutboxEvent, markOutboxEventsSent, writeWithOutbox } from "@/lib/db/outbox";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { setStorageForTests } from "@/lib/storage";
import { createS3Storage } from "@/lib/storage/s3";
import { jobOutputKey, type Storage } from "@/lib/storage/types";
import { startS3Server, type S3TestServer } from "@/tests/setup/s3-server";
import { cleanupCron, cleanupJobs } from "@/inngest/functions/cleanup";
import { relayOutboxEvents } from "@/inngest/functions/outbox-relay";
import { RETRIES_EXHAUSTED_MESSAGE, RUN_CANCELLED_MESSAGE } from "@/lib/jobs/failure";
import { renderCancelled } from "@/inngest/functions/render-cancelled";
import { renderPdf } from "@/inngest/functions/render-pdf";
import { functions } from "@/inngest";

type GetConfig = (opts: { baseUrl: URL; appPrefix: string; isConnect?: boolean }) => FunctionConfig[];
// getConfig is what serve() sends to Inngest on sync; private in the SDK's types, so reached by name.
const configOf = (fn: (typeof functions)[number]) =>
  (fn["getConfig"] as GetConfig).call(fn, { baseUrl: new URL("http://127.0.0.1:3200/api/inngest"), appPrefix: "inkset" });

let owner: { id: string };
let s3: S3TestServer;
let storage: Storage;
const tmp = mkdtempSync(path.join(os.tmpdir(), "inkset-fns-"));

beforeAll(async () => {
  owner = await findOrCreateUserByEmail(`fns-${Date.now()}@example.test`);
  s3 = await startS3Server("inkset-fns");
  storage = createS3Storage(s3.config);
  setStorageForTests(storage);
});
afterAll(async () => {
  setStorageForTests(undefined);
  await s3.close();
  rmSync(tmp, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

const YAML = `schema_version: "1.0"\nmetadata: { name: F, category: t, created: "2026-01-01" }\ncanvas: { dimensions: { width: 100, height: 100, margins: [0, 0, 0, 0] } }\n`;
const newJob = async () =>
  (await createJob({ ownerId: owner.id, title: "F", yamlContent: YAML, deterministic: false, strictMode: false })).id;
const requestedEvent = (jobId: string) => ({
  name: "pdf/job.requested",
  id: `pdf-job-requested-${jobId}`,
  data: { jobId, ownerId: owner.id, plan: "free" },
});

describe("configuration Inngest receives (checked, not exercised: no Inngest server runs here)", () => {
  it("render-pdf: per-user and global concurrency, plan priority, cancelOn by job id, finish timeout only, retries, idempotency", () => {
    const [fn, failure] = configOf(renderPdf);
    expect(fn).toMatchObject({
      id: "inkset-render-pdf",
      triggers: [{ event: "pdf/job.requested" }],
      concurrency: [{ key: "event.data.ownerId", limit: 2 }, { limit: 10 }],
      priority: { run: `event.data.plan == "pro" ? 120 : 0` },
      cancel: [{ event: "pdf/job.cancelled", if: "async.data.jobId == event.data.jobId" }],
      // 3 attempts × 600 s + 600 s for backoff and the short steps; no `start`: queued jobs wait.
      timeouts: { finish: "2400s" },
      idempotency: "event.data.jobId",
      steps: { step: { retries: { attempts: 2 } } },
    });
    expect(fn?.timeouts).not.toHaveProperty("start");
    expect(failure).toMatchObject({
      id: "inkset-render-pdf-failure",
      triggers: [{ event: "inngest/function.failed", expression: "event.data.function_id == 'inkset-render-pdf'" }],
    });
  });

  it("render-pdf-cancelled listens for cancellations of exactly the render function", () => {
    const [fn] = configOf(renderCancelled);
    expect(fn?.triggers).toEqual([{ event: "inngest/function.cancelled", expression: "event.data.function_id == 'inkset-render-pdf'" }]);
  });

  it("cron schedules: cleanup every JOB_CLEANUP_INTERVAL_HOURS, outbox relay every 5 minutes", () => {
    expect(configOf(cleanupJobs)[0]?.triggers).toEqual([{ cron: "0 */6 * * *" }]);
    expect(configOf(relayOutboxEvents)[0]?.triggers).toEqual([{ cron: "*/5 * * * *" }]);
    expect([0.25, 1, 6, 24, 48].map(cleanupCron)).toEqual(["*/15 * * * *", "0 */1 * * *", "0 */6 * * *", "0 0 */1 * *", "0 0 */2 * *"]);
  });

  it("serves every function once", () => {
    expect(functions.map((f) => f.id())).toEqual(["render-pdf", "render-pdf-cancelled", "cleanup-jobs", "relay-outbox"]);
  });
});

describe("render-pdf onFailure (run through the SDK's failure-handler path)", () => {
  // @inngest/test 1.0.0 has no switch for the failure handler; the engine picks it by handlerKind.
  const failureEngine = () =>
    new InngestTestEngine({
      function: Object.assign(Object.create(renderPdf) as typeof renderPdf, {
        createExecution: (opts: { partialOptions: Record<string, unknown> }) =>
          (renderPdf["createExecution"] as (o: typeof opts) => unknown).call(renderPdf, {
            partialOptions: { ...opts.partialOptions, handlerKind: "failure" },
          }),
      }),
    });
  const failedEvent = (jobId: string, error: { name: string; message: string }) => ({
    name: "inngest/function.failed",
    data: { function_id: "inkset-render-pdf", run_id: "r1", error, event: requestedEvent(jobId) },
  });

  it("marks a processing job failed with a clear message when retries are exhausted", async () => {
    const jobId = await newJob();
    expect(await claimJob(jobId, "inngest:r1", 60_000)).toBe(true);
    const { error } = await failureEngine().execute({ events: [failedEvent(jobId, { name: "Error", message: "ECONNRESET at 10.0.0.7" })] });
    expect(error).toBeUndefined();
    expect(await getJobStatus(jobId)).toMatchObject({ status: "failed" });
    expect((await getJobForOwner(owner.id, jobId))?.errorMessage).toBe(RETRIES_EXHAUSTED_MESSAGE); // no internals leak
  });

  it("keeps a user-facing AppError message, and never touches a finished or cancelled job", async () => {
    const jobId = await newJob();
    await claimJob(jobId, "inngest:r2", 60_000);
    await failureEngine().execute({
      events: [failedEvent(jobId, { name: "AppError", message: "File storage is temporarily unavailable (upload); please try again." })],
    });
    expect((await getJobForOwner(owner.id, jobId))?.errorMessage).toBe(
      "File storage is temporarily unavailable (upload); please try again.",
    );

    const cancelled = await newJob();
    await cancelJobForOwner(owner.id, cancelled);
    await failureEngine().execute({ events: [failedEvent(cancelled, { name: "Error", message: "boom" })] });
    expect(await getJobStatus(cancelled)).toMatchObject({ status: "cancelled" });
  });
});

describe("render-pdf-cancelled", () => {
  const cancelledEvent = (jobId: string) => ({
    name: "inngest/function.cancelled",
    data: {
      function_id: "inkset-render-pdf",
      run_id: "r1",
      error: { name: "Error", message: "function cancelled" },
      event: requestedEvent(jobId),
    },
  });

  it("fails a job whose run Inngest cancelled (finish timeout) while the row still said processing", async () => {
    const jobId = await newJob();
    await claimJob(jobId, "inngest:r3", 60_000);
    const { result } = await new InngestTestEngine({ function: renderCancelled }).execute({ events: [cancelledEvent(jobId)] });
    expect(result).toEqual({ updated: true });
    expect(await getJobForOwner(owner.id, jobId)).toMatchObject({ status: "failed", errorMessage: RUN_CANCELLED_MESSAGE });
  });

  it("leaves a job the user cancelled as cancelled", async () => {
    const jobId = await newJob();
    await cancelJobForOwner(owner.id, jobId);
    const { result } = await new InngestTestEngine({ function: renderCancelled }).execute({ events: [cancelledEvent(jobId)] });
    expect(result).toEqual({ updated: false });
    expect(await getJobStatus(jobId)).toMatchObject({ status: "cancelled" });
  });
});

describe("cleanup-jobs cron (shared retention sweep, S3 storage)", () => {
  it("deletes expired jobs and their objects in S3, and prunes sent outbox events", async () => {
    const jobId = await newJob();
    await claimJob(jobId, "t", 60_000);
    const file = path.join(tmp, "done.pdf");
    writeFileSync(file, "%PDF-1.7 done");
    const key = jobOutputKey(jobId);
    await storage.putFile(key, file);
    await markJobCompleted(jobId, "t", { key, sizeBytes: 13, pageCount: 1, diagnostics: {} });
    const { outboxIds } = await writeWithOutbox(
      async () => null,
      () => [{ id: `e-${jobId}`, name: "pdf/job.requested", data: { jobId } }],
    );
    await markOutboxEventsSent(outboxIds);
    await new Promise((r) => setTimeout(r, 600));

    const { result } = await new InngestTestEngine({ function: cleanupJobs }).execute();
    expect(result).toMatchObject({ rows: expect.any(Number), files: expect.any(Number), outboxEvents: expect.any(Number) });
    expect(await getJobStatus(jobId)).toBeNull();
    expect(await storage.stat(key)).toBeNull();
    expect(await getOutboxEvent(outboxIds[0] ?? "")).toBeNull();
  });
});

describe("relay-outbox cron (real client, stand-in event API on 127.0.0.1)", () => {
  let server: Server;
  const bodies: unknown[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        bodies.push(JSON.parse(body));
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids: ["e"], status: 200 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(eventApiPort, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends events left in the outbox and marks them sent", async () => {
    const jobId = await newJob();
    const { outboxIds } = await writeWithOutbox(
      async () => null,
      () => [requestedEvent(jobId)],
    );
    const { result } = await new InngestTestEngine({ function: relayOutboxEvents }).execute();
    expect(result).toMatchObject({ events: { failed: 0 }, webhooks: { failed: 0 } });
    expect(JSON.stringify(bodies)).toContain(`pdf-job-requested-${jobId}`);
    expect(await getOutboxEvent(outboxIds[0] ?? "")).toMatchObject({ sentAt: expect.any(Date) });
  });
});
