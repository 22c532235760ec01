// Every /api/pdf endpoint and status code, called as a REST client would (real API tokens, real
// database, a real supervisor rendering in child processes).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-jobs-api-${process.pid}-${Date.now()}`);
  vi.stubEnv("MAX_REQUEST_BODY_MB", "1");
  vi.stubEnv("MAX_PDF_PAGES", "50");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { NextRequest } from "next/server";
import { GET as downloadRoute } from "@/app/api/pdf/jobs/[id]/download/route";
import { DELETE as cancelRoute, GET as getRoute } from "@/app/api/pdf/jobs/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/pdf/jobs/route";
import { POST as generateRoute } from "@/app/api/pdf/generate/route";
import { createProject } from "@/lib/db/projects";
import { env } from "@/lib/env";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { pdfPageCount, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { getStorage, jobOutputKey } from "@/lib/storage";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const next = (req: Request) => new NextRequest(req);
const none = routeParams({});
const byId = (id: string) => routeParams({ id });

const post = (token: string, json: unknown) => createRoute(next(apiRequest("/api/pdf/jobs", token, { method: "POST", json })), none);
const postRaw = (token: string, body: BodyInit) =>
  createRoute(next(apiRequest("/api/pdf/jobs", token, { method: "POST", body, headers: { "content-type": "application/json" } })), none);
const get = (token: string, id: string) => getRoute(next(apiRequest(`/api/pdf/jobs/${id}`, token)), byId(id));
const cancel = (token: string, id: string) => cancelRoute(next(apiRequest(`/api/pdf/jobs/${id}`, token, { method: "DELETE" })), byId(id));
const download = (token: string, id: string) => downloadRoute(next(apiRequest(`/api/pdf/jobs/${id}/download`, token)), byId(id));
const list = (token: string, query = "") => listRoute(next(apiRequest(`/api/pdf/jobs${query}`, token)), none);

let supervisor: Supervisor | null = null;
const scratch = mkdtempSync(path.join(os.tmpdir(), "inkset-api-"));

beforeAll(() => {
  supervisor = startSupervisor({ concurrency: 2, retention: false });
});
afterAll(async () => {
  await supervisor?.stop();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe("POST /api/pdf/jobs → GET → download", () => {
  it("queues a job (201 pending), renders it, reports progress and serves the PDF", async () => {
    const { token } = await userWithToken();
    const res = await post(token, { yaml_content: sampleTemplate({ pages: 3, name: "Année 2027 / planner" }), deterministic: true });
    expect(res.status).toBe(201);
    const job = await res.json();
    expect(job).toMatchObject({ status: "pending", project_id: null, error_message: null, page_count: null });
    expect(new Date(job.created_at).toISOString()).toBe(job.created_at);

    await waitForStatus(job.id, ["completed", "failed"]);
    const done = await (await get(token, job.id)).json();
    expect(done).toMatchObject({ status: "completed", page_count: 3, error_message: null, progress: { phase: "done", done: 3, total: 3 } });
    expect(done.size_bytes).toBeGreaterThan(500);
    expect(done.started_at).toBeTruthy();
    expect(done.completed_at).toBeTruthy();
    expect(done.diagnostics.timings.total_ms).toBeGreaterThan(0);
    expect(done.diagnostics.stats.links).toBeGreaterThan(0);

    const file = await download(token, job.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toContain(`filename="Annee 2027 planner.pdf"`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(Number(file.headers.get("content-length"))).toBe(bytes.byteLength);
    expect(bytes.byteLength).toBe(done.size_bytes);
    expect(await pdfPageCount(bytes)).toBe(3);

    // Cancelling a finished job is a conflict, and it stays completed.
    const late = await cancel(token, job.id);
    expect(late.status).toBe(409);
    expect((await late.json()).error.message).toBe("Job is already completed and cannot be cancelled");

    // Retention removed the file: 404, not 500.
    await getStorage().delete(jobOutputKey(job.id));
    const gone = await download(token, job.id);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.message).toMatch(/removed after the retention period/);
  });

  it("renders the caller's project; another user's or a missing project is 404", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    const project = await createProject(alice.user.id, {
      name: "Alice's planner",
      templateYaml: sampleTemplate({ pages: 2 }),
      deviceProfile: "supernote-a5x",
    });
    const res = await post(alice.token, { project_id: project.id });
    expect(res.status).toBe(201);
    const job = await res.json();
    // The project's profile is the job's, and the job says so.
    expect(job).toMatchObject({ project_id: project.id, title: "Alice's planner", profile: "supernote-a5x" });
    const own = await (await post(alice.token, { yaml_content: sampleTemplate({ pages: 1 }) })).json();
    expect(own.profile).toBeNull();
    await waitForStatus(own.id, ["completed"]);
    await waitForStatus(job.id, ["completed"]);
    expect((await download(alice.token, job.id)).headers.get("content-disposition")).toContain(`filename="Alices planner.pdf"`);

    for (const r of [
      await post(bob.token, { project_id: project.id }),
      await post(alice.token, { project_id: "cm0000000000000000000000" }),
    ]) {
      expect(r.status).toBe(404);
      expect(await r.json()).toEqual({ error: { code: "NOT_FOUND", message: "Project not found" } });
    }
  });
});

describe("bad requests are 4xx with a message naming the problem", () => {
  it("rejects invalid bodies", async () => {
    const { token } = await userWithToken();
    const cases: [Response, number, RegExp][] = [
      [await postRaw(token, "{not json"), 400, /not valid JSON/],
      [await post(token, {}), 400, /yaml_content: provide yaml_content or project_id/],
      [await post(token, { yaml_content: 42 }), 400, /^yaml_content: /],
      [await post(token, { yaml_content: "a: 1", deterministic: "yes" }), 400, /^deterministic: /],
      [await post(token, { project_id: "../../etc/passwd" }), 400, /^project_id: must be an id/],
      [
        await post(token, { yaml_content: sampleTemplate(), webhook: "https://example.com/x" }),
        400,
        /^\(body\): unknown field "webhook"; allowed: /,
      ],
      [await postRaw(token, JSON.stringify({ yaml_content: "x".repeat(1.2 * 1024 * 1024) })), 413, /exceeds the limit of 1 MB/],
      [await post(token, { yaml_content: "widgets: [unclosed" }), 422, /^Template is invalid: /],
      [await post(token, { yaml_content: sampleTemplate(), profile: "no-such-device" }), 400, /^profile: unknown device profile/],
      [await post(token, { yaml_content: sampleTemplate({ pages: 60 }) }), 422, /^PDF has 60 pages, exceeds limit of 50$/],
    ];
    for (const [res, status, message] of cases) {
      const body = await res.json();
      expect(body.error, JSON.stringify(body)).toBeDefined();
      expect({ status: res.status, message: body.error.message }).toEqual({ status, message: expect.stringMatching(message) });
      expect(JSON.stringify(body)).not.toMatch(/\/tmp|\/work|at .*\.ts/);
    }
    expect((await list(token)).status).toBe(200);
    expect((await (await list(token)).json()).total).toBe(0); // nothing was queued
  });

  it("needs authentication", async () => {
    // (No-cookie requests need Next's request scope for the session lookup; e2e covers them.)
    const basic = next(
      new Request("http://localhost/api/pdf/generate", { method: "POST", body: "{}", headers: { authorization: "Basic eDp5" } }),
    );
    expect((await generateRoute(basic, none)).status).toBe(401);
    const badToken = await list("ink_not-a-real-token");
    expect(badToken.status).toBe(401);
  });
});

describe("owner scoping and listing", () => {
  it("hides A's jobs from B (404 on get, cancel, download; never in B's list)", async () => {
    const a = await userWithToken("a");
    const b = await userWithToken("b");
    const job = await (await post(a.token, { yaml_content: sampleTemplate() })).json();
    for (const res of [await get(b.token, job.id), await cancel(b.token, job.id), await download(b.token, job.id)]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "Job not found" } });
    }
    expect((await (await list(b.token)).json()).jobs).toEqual([]);
    expect((await get(a.token, "not-an-id")).status).toBe(404);
    await waitForStatus(job.id, ["completed"]);
  });

  it("lists newest first with the real total for the filter, and validates paging", async () => {
    const { token } = await userWithToken();
    await supervisor?.stop(); // keep them pending so the filter has something to count
    supervisor = null;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await (await post(token, { yaml_content: sampleTemplate() })).json()).id);
    expect((await cancel(token, ids[0]!)).status).toBe(204);
    expect((await cancel(token, ids[0]!)).status).toBe(409);

    const page = await (await list(token, "?limit=2&offset=1")).json();
    expect(page).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(page.jobs.map((j: { id: string }) => j.id)).toEqual([ids[3], ids[2]]);
    const pending = await (await list(token, "?status_filter=pending&limit=1")).json();
    expect(pending).toMatchObject({ total: 4, limit: 1 });
    expect((await (await list(token, "?status_filter=cancelled")).json()).total).toBe(1);
    for (const q of ["?limit=0", "?limit=101", "?offset=-1", "?status_filter=done"]) expect((await list(token, q)).status).toBe(400);
    expect((await download(token, ids[1]!)).status).toBe(409);
    supervisor = startSupervisor({ concurrency: 2, retention: false });
    for (const id of ids.slice(1)) await waitForStatus(id, ["completed"]);
  });
});

describe("POST /api/pdf/generate", () => {
  it("renders synchronously in a child and returns the PDF", async () => {
    const { token } = await userWithToken();
    const res = await generateRoute(
      next(apiRequest("/api/pdf/generate", token, { method: "POST", json: { yaml_content: sampleTemplate({ pages: 4 }) } })),
      none,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get("content-length"))).toBe(bytes.byteLength);
    expect(await pdfPageCount(bytes)).toBe(4);

    const invalid = await generateRoute(
      next(apiRequest("/api/pdf/generate", token, { method: "POST", json: { yaml_content: "nope: [" } })),
      none,
    );
    expect(invalid.status).toBe(422);
  });
});
