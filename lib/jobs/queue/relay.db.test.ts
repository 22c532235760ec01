// The outbox in Inngest mode, on the real database, with the real Inngest client sending over HTTP
// to a stand-in event API on 127.0.0.1 (the only part of Inngest's cloud that is replaced).
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const eventApiPort = vi.hoisted(() => {
  // The client reads its base URL at import, so the stand-in's port is chosen first.
  const port = 20_000 + (process.pid % 20_000);
  vi.stubEnv("PDF_RUNNER", "inngest");
  vi.stubEnv("INNGEST_DEV", "0");
  vi.stubEnv("INNGEST_EVENT_KEY", "test-event-key");
  vi.stubEnv("INNGEST_SIGNING_KEY", "signkey-test-00");
  vi.stubEnv("INNGEST_BASE_URL", `http://127.0.0.1:${port}`);
  vi.stubEnv("LOG_LEVEL", "error");
  return port;
});

import { getOutboxEvent, writeWithOutbox } from "@/lib/db/outbox";
import { createJob, getJobForOwner } from "@/lib/db/jobs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { cancelRenderJob, createRenderJob } from "@/lib/jobs/enqueue";
import { relayOutbox, type SendEvents } from "@/lib/jobs/queue/relay";
import type { OutboxMessage } from "@/lib/db/outbox";
import { createJobWithRequestedEvent, sendToInngest } from "@/lib/jobs/queue/inngest";
import { jobRequestedEventId } from "@/lib/jobs/queue/inngest-events";

const YAML = `schema_version: "1.0"
metadata: { name: Outbox, category: test, created: "2026-01-01", profile: boox-note-air-4c }
canvas: { dimensions: { width: 300, height: 400, margins: [10, 10, 10, 10] } }
widgets: []
`;

let owner: { id: string };
const newJob = () => ({ ownerId: owner.id, title: "Outbox", yamlContent: YAML, deterministic: false, strictMode: false });

function recorder() {
  const batches: OutboxMessage[][] = [];
  const send: SendEvents = async (messages) => {
    batches.push(messages);
  };
  return { batches, send };
}
const failing: SendEvents = async () => {
  throw new Error("event API unreachable");
};

beforeAll(async () => {
  owner = await findOrCreateUserByEmail(`outbox-${Date.now()}@example.test`);
});

describe("outbox", () => {
  it("writes the job row and its pdf/job.requested event together, then relays and marks it sent", async () => {
    const { batches, send } = recorder();
    const job = await createJobWithRequestedEvent(newJob(), send);
    expect(batches).toEqual([
      [{ id: jobRequestedEventId(job.id), name: "pdf/job.requested", data: { jobId: job.id, ownerId: owner.id, plan: "free" } }],
    ]);
    expect(await getJobForOwner(owner.id, job.id)).toMatchObject({ status: "pending" });
    await expect(relayOutbox(send)).resolves.toEqual({ sent: 0, failed: 0 }); // nothing left over
  });

  it("keeps the event when the send fails, and the next relay delivers it", async () => {
    const job = await createJobWithRequestedEvent(newJob(), failing);
    expect(await getJobForOwner(owner.id, job.id)).not.toBeNull(); // the row is committed regardless
    const { batches, send } = recorder();
    const result = await relayOutbox(send);
    expect(result.failed).toBe(0);
    const ids = batches.flat().map((m) => m.id);
    expect(ids).toContain(jobRequestedEventId(job.id));
    await expect(relayOutbox(send)).resolves.toEqual({ sent: 0, failed: 0 });
  });

  it("records the failure on the event (attempts, last error) while it waits", async () => {
    const { outboxIds } = await writeWithOutbox(
      (tx) => createJob(newJob(), tx),
      (job) => [{ id: jobRequestedEventId(job.id), name: "pdf/job.requested", data: { jobId: job.id, ownerId: owner.id, plan: "free" } }],
    );
    const rowId = outboxIds[0] ?? "";
    await relayOutbox(failing, { rowIds: [rowId] });
    await relayOutbox(failing, { rowIds: [rowId] });
    expect(await getOutboxEvent(rowId)).toMatchObject({ sentAt: null, attempts: 2, lastError: "event API unreachable" });
    await relayOutbox(recorder().send, { rowIds: [rowId] });
    expect(await getOutboxEvent(rowId)).toMatchObject({ attempts: 3, lastError: null, sentAt: expect.any(Date) });
  });

  it("never leaves a row without an event: a failed event write rolls the row back", async () => {
    let createdId = "";
    await expect(
      writeWithOutbox(
        async (tx) => {
          const job = await createJob(newJob(), tx);
          createdId = job.id;
          return job;
        },
        () => {
          throw new Error("outbox write failed");
        },
      ),
    ).rejects.toThrow("outbox write failed");
    expect(createdId).not.toBe("");
    expect(await getJobForOwner(owner.id, createdId)).toBeNull();
  });
});

describe("enqueue in Inngest mode (real client, stand-in event API on 127.0.0.1)", () => {
  let server: Server;
  const received: { url: string; body: unknown }[] = [];
  let accept = true;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        if (!accept) {
          res.writeHead(503).end("{}");
          return;
        }
        const parsed: unknown = JSON.parse(body || "null");
        received.push({ url: req.url ?? "", body: parsed });
        const ids = Array.isArray(parsed) ? parsed.map((_, i) => `evt${i}`) : ["evt0"];
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids, status: 200 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(eventApiPort, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    accept = true;
  });

  const sentFor = (jobId: string) =>
    received.flatMap((r) => (Array.isArray(r.body) ? (r.body as OutboxMessage[]) : [])).filter((m) => m.data.jobId === jobId);

  it("createRenderJob sends pdf/job.requested with the event key; cancelRenderJob sends pdf/job.cancelled", async () => {
    const job = await createRenderJob(owner.id, { yaml_content: YAML, deterministic: false, strict_mode: false });
    expect(received[0]?.url).toBe("/e/test-event-key");
    expect(sentFor(job.id)).toEqual([
      expect.objectContaining({
        id: jobRequestedEventId(job.id),
        name: "pdf/job.requested",
        // The page count checked at creation travels along (a large job draws its chunks as parallel steps).
        data: { jobId: job.id, ownerId: owner.id, plan: "free", pages: "1" },
      }),
    ]);
    await cancelRenderJob(owner.id, job.id);
    expect(sentFor(job.id).map((m) => m.name)).toEqual(["pdf/job.requested", "pdf/job.cancelled"]);
  });

  it("an event API outage leaves the event in the outbox; the periodic relay delivers it", async () => {
    accept = false;
    const job = await createRenderJob(owner.id, { yaml_content: YAML, deterministic: false, strict_mode: false });
    expect(sentFor(job.id)).toEqual([]);
    expect(await getJobForOwner(owner.id, job.id)).toMatchObject({ status: "pending" });
    accept = true;
    const result = await relayOutbox(sendToInngest);
    expect(result.sent).toBeGreaterThanOrEqual(1);
    expect(sentFor(job.id).map((m) => m.name)).toEqual(["pdf/job.requested"]);
  });
});
