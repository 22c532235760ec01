// batch.completed and render-time variables end to end on the real database, supervisor and render
// children, with a real HTTP receiver: a batch announces itself exactly once (to subscribed endpoints,
// verified with `standardwebhooks`, and to its own webhook_url with the Inkset-Signature), and a
// job's variables are stored, echoed and printed in the PDF.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-batch-events-${process.pid}-${Date.now()}`);
  vi.stubEnv("WEBHOOK_ALLOW_HTTP", "true");
  vi.stubEnv("WEBHOOK_ALLOW_PRIVATE", "true");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { Webhook } from "standardwebhooks";
import { POST as createBatchRoute } from "@/app/api/pdf/batches/route";
import { DELETE as cancelBatchRoute } from "@/app/api/pdf/batches/[id]/route";
import { POST as createJobRoute } from "@/app/api/pdf/jobs/route";
import { GET as downloadRoute } from "@/app/api/pdf/jobs/[id]/download/route";
import { GET as getJobRoute } from "@/app/api/pdf/jobs/[id]/route";
import { POST as createEndpointRoute } from "@/app/api/webhooks/endpoints/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { BatchJson } from "@/lib/jobs/batch-schema";
import type { JobJson } from "@/lib/jobs/serialize";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import { notifyBatchIfFinished } from "@/lib/webhooks/notify";
import { getOrCreateWebhookSecret } from "@/lib/webhooks/secret";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { ensureRenderChildBuilt, waitForStatus } from "@/tests/helpers/jobs";
import { pdfPagesText } from "@/tests/helpers/pdf-text";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";
import { plainHeaders, startReceiver, type Receiver } from "@/tests/helpers/webhook-receiver";

let rx: Receiver;
let supervisor: Supervisor | null = null;
beforeAll(async () => {
  ensureRenderChildBuilt();
  rx = await startReceiver();
});
afterAll(async () => {
  await supervisor?.stop();
  await rx.close();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

const none = routeParams({});
const req = (path: string, token: string, init: RequestInit & { json?: unknown } = {}) => new NextRequest(apiRequest(path, token, init));
const postJob = (token: string, json: unknown) => createJobRoute(req("/api/pdf/jobs", token, { method: "POST", json }), none);
const postBatch = (token: string, json: unknown) => createBatchRoute(req("/api/pdf/batches", token, { method: "POST", json }), none);
const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

async function endpoint(token: string, url: string, events: string[]) {
  const res = await createEndpointRoute(req("/api/webhooks/endpoints", token, { method: "POST", json: { url, events } }), none);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; secret: string };
}

const COVER = `schema_version: "1.0"
metadata: {name: Cover, category: planner, created: "2026-01-01", profile: boox-note-air-4c}
canvas: {dimensions: {width: 445.3, height: 593.8, margins: [36, 36, 36, 36]}}
widgets:
  - {id: t, type: text_block, position: {x: 36, y: 36, width: 373, height: 30}, content: "Planner {year} for {customer}"}
`;

describe("variables on POST /api/pdf/jobs", () => {
  it("refuses bad variables with 400 naming the key", async () => {
    const { user, token } = await userWithToken("vars");
    const cases: [unknown, RegExp][] = [
      [{ "bad-name": 1 }, /^variables\.bad-name: a name starts with a letter or _/],
      [{ page: 3 }, /^variables\.page: is filled in when the PDF is drawn/],
      [{ year: null }, /^variables\.year: must be a string, a number or true\/false$/],
      [{ year: { n: 1 } }, /^variables\.year: must be a string, a number or true\/false$/],
      [{ note: "x".repeat(1001) }, /^variables\.note: must be at most 1000 characters$/],
      [Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`v${i}`, i])), /^variables: at most 50 variables$/],
      [[2027], /^variables: /],
    ];
    for (const [variables, message] of cases) {
      const res = await postJob(token, { yaml_content: COVER, variables });
      expect(res.status, JSON.stringify(variables).slice(0, 80)).toBe(400);
      expect(await errorOf(res), JSON.stringify(variables).slice(0, 80)).toMatch(message);
    }
    expect(await db.pdfJob.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it("stores and echoes them, renders them into the PDF and announces job.completed", async () => {
    const { token } = await userWithToken("vars");
    const e = await endpoint(token, `${rx.base}/completed`, ["job.completed"]);
    supervisor ??= startSupervisor({ concurrency: 1, retention: false });
    const res = await postJob(token, { yaml_content: COVER, variables: { year: 2027, customer: "Ada Lovelace" } });
    expect(res.status).toBe(201);
    const job = (await res.json()) as JobJson;
    expect(job.variables).toEqual({ year: 2027, customer: "Ada Lovelace" });
    await waitForStatus(job.id, ["completed"], 60_000);
    const got = (await (await getJobRoute(req(`/api/pdf/jobs/${job.id}`, token), routeParams({ id: job.id }))).json()) as JobJson;
    expect(got.variables).toEqual({ year: 2027, customer: "Ada Lovelace" });
    const pdf = await downloadRoute(req(`/api/pdf/jobs/${job.id}/download`, token), routeParams({ id: job.id }));
    expect(pdf.status).toBe(200);
    expect(await pdfPagesText(new Uint8Array(await pdf.arrayBuffer()))).toEqual(["Planner 2027 for Ada Lovelace"]);
    // The supervisor's dispatcher sends it; wait for the receiver rather than a fixed time.
    await vi.waitFor(() => expect(rx.at("/completed")).toHaveLength(1), { timeout: 20_000, interval: 100 });
    const event = new Webhook(e.secret).verify(rx.at("/completed")[0]!.body, plainHeaders(rx.at("/completed")[0]!.headers)) as {
      type: string;
      data: { job: { id: string; status: string; page_count: number } };
    };
    expect(event).toMatchObject({ type: "job.completed", data: { job: { id: job.id, status: "completed", page_count: 1 } } });
  });
});

describe("batches with variables and batch.completed", () => {
  it("make one child per profile × variables set, and refuse more than the cap", async () => {
    const { token } = await userWithToken("batchvars");
    const tooMany = await postBatch(token, {
      yaml_content: COVER,
      profiles: ["boox-note-air-4c", "remarkable-2", "kindle-scribe"],
      variables: Array.from({ length: 17 }, (_, i) => ({ n: i })),
    });
    expect(tooMany.status).toBe(400);
    expect(await errorOf(tooMany)).toMatch(/^variables: profiles × variables sets must be at most 50 jobs$/);
    const bad = await postBatch(token, { yaml_content: COVER, profiles: ["remarkable-2"], variables: [{ ok: 1 }, { "no way": 2 }] });
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatch(/^variables\[1\]\.no way: a name starts/);
    const badUrl = await postBatch(token, { yaml_content: COVER, profiles: ["remarkable-2"], webhook_url: "ftp://x.example.com" });
    expect(await errorOf(badUrl)).toMatch(/^webhook_url: must be an https URL$/);
  });

  it("is announced exactly once when every child is final, to endpoints and the batch's webhook_url", async () => {
    await supervisor?.stop(); // children must stay pending until cancelled
    supervisor = null;
    const { user, token } = await userWithToken("batch");
    const e = await endpoint(token, `${rx.base}/batch-endpoint`, ["batch.completed"]);
    await endpoint(token, `${rx.base}/batch-jobs-only`, ["job.completed"]);
    const res = await postBatch(token, {
      yaml_content: COVER,
      profiles: ["boox-note-air-4c", "remarkable-2"],
      variables: [
        { year: 2027, customer: "A" },
        { year: 2028, customer: "B" },
      ],
      webhook_url: `${rx.base}/batch-own`,
    });
    expect(res.status).toBe(201);
    const batch = (await res.json()) as BatchJson;
    expect(batch.jobs.map((j) => [j.profile, j.variables])).toEqual([
      ["boox-note-air-4c", { year: 2027, customer: "A" }],
      ["boox-note-air-4c", { year: 2028, customer: "B" }],
      ["remarkable-2", { year: 2027, customer: "A" }],
      ["remarkable-2", { year: 2028, customer: "B" }],
    ]);
    // Cancelling finishes the four children one after another; only the last one announces the batch.
    expect(
      (await cancelBatchRoute(req(`/api/pdf/batches/${batch.id}`, token, { method: "DELETE" }), routeParams({ id: batch.id }))).status,
    ).toBe(204);
    expect(await notifyBatchIfFinished(batch.id)).toBe(false); // already announced
    await deliverDueWebhooks();
    expect(rx.at("/batch-jobs-only")).toEqual([]);
    const atEndpoint = rx.at("/batch-endpoint");
    expect(atEndpoint).toHaveLength(1);
    const event = new Webhook(e.secret).verify(atEndpoint[0]!.body, plainHeaders(atEndpoint[0]!.headers)) as {
      type: string;
      data: { batch: BatchJson };
    };
    expect(event.type).toBe("batch.completed");
    expect(event.data.batch).toMatchObject({ id: batch.id, status: "cancelled", counts: { cancelled: 4 } });
    const own = rx.at("/batch-own");
    expect(own).toHaveLength(1);
    const { secret } = await getOrCreateWebhookSecret(user.id);
    expect(verifyWebhookSignature(own[0]!.headers["inkset-signature"] as string, own[0]!.body, secret)).toBe(true);
    expect(JSON.parse(own[0]!.body)).toMatchObject({ type: "pdf.batch.completed", batch: { id: batch.id } });
    expect(own[0]!.headers["inkset-event-type"]).toBe("pdf.batch.completed");
  });

  it("has one winner when several finishing children check at the same moment", async () => {
    const { token } = await userWithToken("race");
    await endpoint(token, `${rx.base}/race`, ["batch.completed"]);
    const res = await postBatch(token, { yaml_content: COVER, profiles: ["boox-note-air-4c", "remarkable-2", "kindle-scribe"] });
    const batch = (await res.json()) as BatchJson;
    await db.pdfJob.updateMany({ where: { batchId: batch.id }, data: { status: "failed", completedAt: new Date(), errorMessage: "x" } });
    const results = await Promise.all(Array.from({ length: 6 }, () => notifyBatchIfFinished(batch.id)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.webhookDelivery.count({ where: { batchId: batch.id } })).toBe(1);
  });
});
