// The operator API against the real database: every admin route is 404 for a normal user and for a
// caller without credentials; the dashboard figures match seeded job events; users are listed with
// their usage; a plan change through the API moves the user's quotas at once.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-admin-api-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
  vi.stubEnv("PDF_RUNNER", "off"); // jobs stay pending: nothing renders in this file
  vi.stubEnv("QUOTA_FREE_CONCURRENT_JOBS", "2"); // the test config lifts it; the plan-change test needs it reachable
  vi.stubEnv("QUOTA_PRO_CONCURRENT_JOBS", "10");
});

import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { DELETE as cancelAdminJob } from "@/app/api/admin/jobs/[id]/route";
import { GET as listAdminJobs } from "@/app/api/admin/jobs/route";
import { GET as statsRoute } from "@/app/api/admin/stats/route";
import { GET as getAdminUser, PATCH as patchAdminUser } from "@/app/api/admin/users/[id]/route";
import { GET as listAdminUsers } from "@/app/api/admin/users/route";
import { POST as createJob } from "@/app/api/pdf/jobs/route";
import { getDashboardStats, percentile } from "@/lib/admin/stats";
import { recordJobEvent, type NewJobEvent } from "@/lib/db/job-events";
import { getJobStatus } from "@/lib/db/job-runs";
import { setRole } from "@/lib/db/users";
import { env } from "@/lib/env";
import { listApiRoutes } from "@/lib/openapi/routes";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

beforeAll(() => ensureRenderChildBuilt()); // job creation inspects the template in a worker
afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

const someId = "c" + "0".repeat(24);
const id = routeParams({ id: someId });
const none = routeParams({});
/** Every admin route with a request that an admin would get an answer to. */
const ADMIN_CALLS: {
  name: string;
  call: (req: NextRequest) => Promise<Response>;
  path: string;
  init?: RequestInit & { json?: unknown };
}[] = [
  { name: "GET /api/admin/stats", call: (req) => statsRoute(req, none), path: "/api/admin/stats?days=7" },
  { name: "GET /api/admin/users", call: (req) => listAdminUsers(req, none), path: "/api/admin/users?q=test" },
  { name: "GET /api/admin/users/{id}", call: (req) => getAdminUser(req, id), path: `/api/admin/users/${someId}` },
  {
    name: "PATCH /api/admin/users/{id}",
    call: (req) => patchAdminUser(req, id),
    path: `/api/admin/users/${someId}`,
    init: { method: "PATCH", json: { plan: "pro" } },
  },
  { name: "GET /api/admin/jobs", call: (req) => listAdminJobs(req, none), path: "/api/admin/jobs" },
  {
    name: "DELETE /api/admin/jobs/{id}",
    call: (req) => cancelAdminJob(req, id),
    path: `/api/admin/jobs/${someId}`,
    init: { method: "DELETE" },
  },
];

/** No valid credentials: a token that was never issued (route handlers cannot read a session cookie outside Next; e2e/admin.spec.ts covers signed-out browsers). */
const withoutCredentials = (path: string, init: RequestInit & { json?: unknown } = {}) =>
  new NextRequest(apiRequest(path, "ink_never_issued", init));

async function adminToken() {
  const { user, token } = await userWithToken("operator");
  await setRole(user.id, "admin");
  return token;
}

describe("every admin route is 404 for everyone but admins", () => {
  it("the list below names every route under app/api/admin", () => {
    const routes = listApiRoutes(path.resolve(__dirname, "../../app"))
      .filter((r) => r.path.startsWith("/api/admin/"))
      .flatMap((r) => r.methods.map((m) => `${m.toUpperCase()} ${r.path}`));
    expect(ADMIN_CALLS.map((c) => c.name).sort()).toEqual(routes.sort());
  });

  it.each(ADMIN_CALLS)("$name: 404 for a normal user and for a caller without credentials", async ({ call, path: url, init }) => {
    const { token } = await userWithToken("normal");
    for (const req of [new NextRequest(apiRequest(url, token, init)), withoutCredentials(url, init)]) {
      const res = await call(req);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("a normal user cannot cancel someone else's job through the admin route", async () => {
    const { token: ownerToken } = await userWithToken("victim");
    const job = await (
      await createJob(
        new NextRequest(apiRequest("/api/pdf/jobs", ownerToken, { method: "POST", json: { yaml_content: sampleTemplate() } })),
        routeParams({}),
      )
    ).json();
    const { token } = await userWithToken("intruder");
    const res = await cancelAdminJob(
      new NextRequest(apiRequest(`/api/admin/jobs/${job.id}`, token, { method: "DELETE" })),
      routeParams({ id: job.id }),
    );
    expect(res.status).toBe(404);
    expect((await getJobStatus(job.id))?.status).toBe("pending");
    const asAdmin = await cancelAdminJob(
      new NextRequest(apiRequest(`/api/admin/jobs/${job.id}`, await adminToken(), { method: "DELETE" })),
      routeParams({ id: job.id }),
    );
    expect(asAdmin.status).toBe(204);
    expect((await getJobStatus(job.id))?.status).toBe("cancelled");
  });
});

describe("dashboard figures from job events", () => {
  it("nearest-rank percentiles", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });

  it("p50/p95, failure rate per UTC day, totals and top causes match the seeded events", async () => {
    // A week in the future that no other test file writes events into.
    const { user } = await userWithToken("stats");
    const seed = (type: NewJobEvent["type"], at: string, extra: Partial<NewJobEvent> = {}) =>
      recordJobEvent({ jobId: randomUUID(), userId: user.id, type, at: new Date(at), ...extra });
    // 2031-05-08: ten renders of 100…1000 ms, two failures, one cancel.
    for (let i = 1; i <= 10; i++) await seed("completed", `2031-05-08T0${i % 10}:00:00Z`, { durationMs: i * 100, pages: 2 });
    await seed("failed", "2031-05-08T10:00:00Z", { error: "Template error at line 3: unknown widget", durationMs: 40 });
    await seed("failed", "2031-05-08T11:00:00Z", { error: "Render timed out after 120 s", durationMs: 120_000 });
    await seed("cancelled", "2031-05-08T12:00:00Z");
    await seed("created", "2031-05-08T12:00:00Z"); // not a finishing event
    // 2031-05-09: one 2 s render, three time-outs (the last one just before midnight).
    await seed("completed", "2031-05-09T09:00:00Z", { durationMs: 2000 });
    for (const t of ["10:00", "11:00", "23:59"]) await seed("failed", `2031-05-09T${t}:00Z`, { error: "Render timed out after 120 s" });
    // Outside the window: the day before it starts, and the day after "now".
    await seed("failed", "2031-05-03T23:59:59Z", { error: "Before the window" });
    await seed("completed", "2031-05-11T00:00:00Z", { durationMs: 99_999 });

    const stats = await getDashboardStats(7, new Date("2031-05-10T15:00:00Z"));
    expect(stats.since).toBe("2031-05-04T00:00:00.000Z");
    expect(stats.per_day.map((d) => d.date)).toEqual([
      "2031-05-04",
      "2031-05-05",
      "2031-05-06",
      "2031-05-07",
      "2031-05-08",
      "2031-05-09",
      "2031-05-10",
    ]);
    const day = (date: string) => stats.per_day.find((d) => d.date === date);
    expect(day("2031-05-08")).toEqual({
      date: "2031-05-08",
      completed: 10,
      failed: 2,
      cancelled: 1,
      p50_ms: 500,
      p95_ms: 1000,
      failure_rate: 2 / 12,
    });
    expect(day("2031-05-09")).toEqual({
      date: "2031-05-09",
      completed: 1,
      failed: 3,
      cancelled: 0,
      p50_ms: 2000,
      p95_ms: 2000,
      failure_rate: 3 / 4,
    });
    expect(day("2031-05-10")).toEqual({
      date: "2031-05-10",
      completed: 0,
      failed: 0,
      cancelled: 0,
      p50_ms: null,
      p95_ms: null,
      failure_rate: null,
    });
    // All eleven renders: the 6th (600 ms) is the median, the 11th (2 s) the 95th percentile.
    expect(stats.totals).toEqual({ completed: 11, failed: 5, cancelled: 1, p50_ms: 600, p95_ms: 2000, failure_rate: 5 / 16 });
    expect(stats.top_failures).toEqual([
      { error: "Render timed out after 120 s", count: 4, last_at: "2031-05-09T23:59:00.000Z" },
      { error: "Template error at line 3: unknown widget", count: 1, last_at: "2031-05-08T10:00:00.000Z" },
    ]);
  });

  it("GET /api/admin/stats: the window from ?days=, queue depth now, 400 naming a bad days", async () => {
    const token = await adminToken();
    const { token: userToken } = await userWithToken("queued");
    await createJob(
      new NextRequest(apiRequest("/api/pdf/jobs", userToken, { method: "POST", json: { yaml_content: sampleTemplate() } })),
      routeParams({}),
    );
    const res = await statsRoute(new NextRequest(apiRequest("/api/admin/stats?days=3", token)), routeParams({}));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.days).toBe(3);
    expect(body.per_day).toHaveLength(3);
    expect(body.queue.pending).toBeGreaterThanOrEqual(1);
    for (const days of ["0", "91", "abc", "1.5"]) {
      const bad = await statsRoute(new NextRequest(apiRequest(`/api/admin/stats?days=${days}`, token)), routeParams({}));
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.message).toContain("days");
    }
  });
});

describe("users and plans", () => {
  it("lists users matching the e-mail search with their usage, paginated", async () => {
    const token = await adminToken();
    const tag = randomUUID().slice(0, 6);
    for (let i = 0; i < 3; i++) await userWithToken(`find-${tag}`);
    const page = async (q: string) =>
      (await listAdminUsers(new NextRequest(apiRequest(`/api/admin/users?${q}`, token)), routeParams({}))).json();
    const first = await page(`q=FIND-${tag}&limit=2`);
    expect(first.total).toBe(3);
    expect(first.users).toHaveLength(2);
    expect(first.users[0]).toMatchObject({ email: expect.stringContaining(`find-${tag}`), role: "user", plan: "free", overridden: false });
    expect(first.users[0].quotas.map((q: { name: string }) => q.name)).toEqual([
      "jobs_per_day",
      "concurrent_jobs",
      "pages_per_month",
      "storage_bytes",
    ]);
    const second = await page(`q=find-${tag}&limit=2&offset=2`);
    expect(second.users).toHaveLength(1);
    const bad = await listAdminUsers(new NextRequest(apiRequest("/api/admin/users?limit=500", token)), routeParams({}));
    expect(bad.status).toBe(400);
  });

  it("a plan change takes effect on the user's quotas at once", async () => {
    const token = await adminToken();
    const { user, token: userToken } = await userWithToken("upgrade");
    const post = () =>
      createJob(
        new NextRequest(apiRequest("/api/pdf/jobs", userToken, { method: "POST", json: { yaml_content: sampleTemplate() } })),
        routeParams({}),
      );
    for (let i = 0; i < env.QUOTA_FREE_CONCURRENT_JOBS; i++) expect((await post()).status).toBe(201);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.details).toMatchObject({ quota: "concurrent_jobs", limit: env.QUOTA_FREE_CONCURRENT_JOBS });

    const patch = (json: unknown) =>
      patchAdminUser(
        new NextRequest(apiRequest(`/api/admin/users/${user.id}`, token, { method: "PATCH", json })),
        routeParams({ id: user.id }),
      );
    expect((await patch({ plan: "pro" })).status).toBe(200);
    expect((await post()).status).toBe(201); // the pro plan's concurrent limit is higher

    // An override below what is queued refuses the next job again, naming the override's limit.
    const body = await (await patch({ quota_overrides: { concurrent_jobs: 2 } })).json();
    expect(body.quotas.find((q: { name: string }) => q.name === "concurrent_jobs")).toMatchObject({
      limit: 2,
      used: env.QUOTA_FREE_CONCURRENT_JOBS + 1,
    });
    const again = await post();
    expect(again.status).toBe(429);
    expect((await again.json()).error.details).toMatchObject({ quota: "concurrent_jobs", limit: 2 });
  });
});
