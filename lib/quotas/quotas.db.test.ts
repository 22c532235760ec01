// Quotas by plan against the real database: each one reached answers 429 QUOTA_EXCEEDED naming it,
// with Retry-After; counters reset at the UTC day/month boundary (clock passed in).
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-quotas-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
  vi.stubEnv("PDF_RUNNER", "off"); // jobs stay pending: nothing renders in this file
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { DELETE as cancelRoute } from "@/app/api/pdf/jobs/[id]/route";
import { POST as createRoute } from "@/app/api/pdf/jobs/route";
import { GET as usageRoute } from "@/app/api/usage/route";
import { db } from "@/lib/db/client";
import { recordJobEvent } from "@/lib/db/job-events";
import { setQuotaOverride } from "@/lib/db/usage";
import { setPlan, setRole } from "@/lib/db/users";
import { GET as adminGet, PATCH as adminPatch } from "@/app/api/admin/users/[id]/route";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { planLimits } from "@/lib/quotas/plans";
import { assertWithinQuota, getUsage } from "@/lib/quotas/usage";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const none = routeParams({});
const post = (token: string) =>
  createRoute(
    new NextRequest(apiRequest("/api/pdf/jobs", token, { method: "POST", json: { yaml_content: sampleTemplate({ pages: 2 }) } })),
    none,
  );
const noOverride = { jobsPerDay: null, concurrentJobs: null, pagesPerMonth: null, storageMb: null };

afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

async function quotaError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected QUOTA_EXCEEDED");
}

describe("quotas through POST /api/pdf/jobs", () => {
  it("jobs per day: the next job is 429 naming the quota, with Retry-After until 00:00 UTC", async () => {
    const { user, token } = await userWithToken("daily");
    await setQuotaOverride(user.id, { ...noOverride, jobsPerDay: 2 });
    expect((await post(token)).status).toBe(201);
    expect((await post(token)).status).toBe(201);
    const before = Date.now();
    const res = await post(token);
    expect(res.status).toBe(429);
    const body = await res.json();
    expect(body.error.code).toBe("QUOTA_EXCEEDED");
    expect(body.error.message).toMatch(/jobs per day \(2 of 2 used\); resets at \d{4}-\d\d-\d\dT00:00:00.000Z/);
    expect(body.error.details).toMatchObject({ quota: "jobs_per_day", limit: 2, used: 2 });
    const midnight = Date.parse(body.error.details.resets_at);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(Math.abs(retryAfter - (midnight - before) / 1000)).toBeLessThan(5);
    // Deleting jobs does not give the day's jobs back: they are counted from events.
    await db.pdfJob.deleteMany({ where: { ownerId: user.id } });
    expect((await post(token)).status).toBe(429);
  });

  it("concurrent jobs: 429 while the slots are taken, a cancel frees one", async () => {
    const { user, token } = await userWithToken("concurrent");
    await setQuotaOverride(user.id, { ...noOverride, concurrentJobs: 1 });
    const first = await (await post(token)).json();
    const res = await post(token);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("30");
    expect((await res.json()).error).toMatchObject({ details: { quota: "concurrent_jobs", resets_at: null } });
    const cancelled = await cancelRoute(
      new NextRequest(apiRequest(`/api/pdf/jobs/${first.id}`, token, { method: "DELETE" })),
      routeParams({ id: first.id }),
    );
    expect(cancelled.status).toBe(204);
    expect((await post(token)).status).toBe(201);
  });

  it("GET /api/usage reports each quota with what is used", async () => {
    const { user, token } = await userWithToken("usage");
    expect((await post(token)).status).toBe(201);
    const res = await usageRoute(new NextRequest(apiRequest("/api/usage", token)), none);
    expect(res.status).toBe(200);
    const usage = await res.json();
    expect(usage.plan).toBe("free");
    expect(usage.quotas.map((q: { name: string }) => q.name)).toEqual([
      "jobs_per_day",
      "concurrent_jobs",
      "pages_per_month",
      "storage_bytes",
    ]);
    expect(usage.quotas[0]).toMatchObject({ used: 1, limit: env.QUOTA_FREE_JOBS_PER_DAY });
    expect(usage.quotas[1]).toMatchObject({ used: 1 });
    await setPlan(user.id, "pro");
    const pro = await (await usageRoute(new NextRequest(apiRequest("/api/usage", token)), none)).json();
    expect(pro.plan).toBe("pro");
    expect(pro.quotas[2].limit).toBe(planLimits("pro").pages_per_month);
  });
});

describe("quota windows (injected clock)", () => {
  it("jobs per day reset at 00:00 UTC", async () => {
    const { user } = await userWithToken("clock-day");
    await setQuotaOverride(user.id, { ...noOverride, jobsPerDay: 1 });
    await recordJobEvent({ jobId: "j1", userId: user.id, type: "created", at: new Date("2027-03-10T12:00:00Z") });
    const err = await quotaError(() =>
      assertWithinQuota({ id: user.id, plan: "free" }, { jobs: 1, pages: 0 }, new Date("2027-03-10T23:59:59Z")),
    );
    expect(err.headers["retry-after"]).toBe("1");
    await expect(
      assertWithinQuota({ id: user.id, plan: "free" }, { jobs: 1, pages: 0 }, new Date("2027-03-11T00:00:00Z")),
    ).resolves.toBeUndefined();
  });

  it("pages per month count completed pages and reset on the 1st; the request's own pages count", async () => {
    const { user } = await userWithToken("clock-month");
    await setQuotaOverride(user.id, { ...noOverride, pagesPerMonth: 100 });
    await recordJobEvent({ jobId: "j1", userId: user.id, type: "completed", pages: 90, at: new Date("2027-01-31T10:00:00Z") });
    const now = new Date("2027-01-31T23:00:00Z");
    await expect(assertWithinQuota({ id: user.id, plan: "free" }, { jobs: 1, pages: 10 }, now)).resolves.toBeUndefined();
    const err = await quotaError(() => assertWithinQuota({ id: user.id, plan: "free" }, { jobs: 1, pages: 11 }, now));
    expect(err.message).toContain("pages per month (90 of 100 used)");
    expect(err.details).toMatchObject({ quota: "pages_per_month", resets_at: "2027-02-01T00:00:00.000Z" });
    expect(err.headers["retry-after"]).toBe("3600");
    await expect(
      assertWithinQuota({ id: user.id, plan: "free" }, { jobs: 1, pages: 11 }, new Date("2027-02-01T00:00:00Z")),
    ).resolves.toBeUndefined();
  });

  it("stored bytes: PDFs and assets together; full storage refuses new jobs", async () => {
    const { user } = await userWithToken("storage");
    await setQuotaOverride(user.id, { ...noOverride, storageMb: 1 });
    const completedAt = new Date("2027-05-01T10:00:00Z");
    await db.pdfJob.create({
      data: { ownerId: user.id, yamlContent: "x", status: "completed", outputPath: "jobs/x.pdf", sizeBytes: 700_000, completedAt },
    });
    const now = new Date("2027-05-01T11:00:00Z");
    await expect(assertWithinQuota({ id: user.id, plan: "free" }, { jobs: 1, pages: 1 }, now)).resolves.toBeUndefined();
    await db.asset.create({
      data: { ownerId: user.id, name: "a.png", contentType: "image/png", sizeBytes: 400_000, width: 1, height: 1, sha256: "0" },
    });
    const err = await quotaError(() => assertWithinQuota({ id: user.id, plan: "free" }, { jobs: 1, pages: 1 }, now));
    expect(err.details).toMatchObject({ quota: "storage_bytes", used: 1_100_000, limit: 1024 * 1024 });
    // The oldest PDF goes JOB_RETENTION_HOURS after it finished.
    expect(err.headers["retry-after"]).toBe(String(env.JOB_RETENTION_HOURS * 3600 - 3600));
    const usage = await getUsage({ id: user.id, plan: "free" }, now);
    expect(usage.overridden).toBe(true);
    expect(usage.quotas.find((q) => q.name === "storage_bytes")).toMatchObject({ used: 1_100_000, limit: 1024 * 1024 });
  });
});

describe("operators change plans and overrides (/api/admin/users/{id})", () => {
  const adminReq = (token: string, id: string, json?: unknown) =>
    new NextRequest(apiRequest(`/api/admin/users/${id}`, token, json === undefined ? {} : { method: "PATCH", json }));

  it("is 404 for a normal user, whatever the id", async () => {
    const { user, token } = await userWithToken("not-admin");
    expect((await adminGet(adminReq(token, user.id), routeParams({ id: user.id }))).status).toBe(404);
    const res = await adminPatch(adminReq(token, user.id, { plan: "pro" }), routeParams({ id: user.id }));
    expect(res.status).toBe(404);
    expect((await getUsage({ id: user.id, plan: "free" })).plan).toBe("free");
  });

  it("lets an admin set the plan and per-user limits; null returns a limit to the plan's", async () => {
    const { user: admin, token } = await userWithToken("admin");
    await setRole(admin.id, "admin");
    const { user } = await userWithToken("customer");
    const res = await adminPatch(
      adminReq(token, user.id, { plan: "pro", quota_overrides: { jobs_per_day: 7 } }),
      routeParams({ id: user.id }),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ user_id: user.id, plan: "pro", overridden: true });
    expect(body.quotas[0]).toMatchObject({ name: "jobs_per_day", limit: 7 });
    expect(body.quotas[2].limit).toBe(planLimits("pro").pages_per_month);
    const back = await (
      await adminPatch(adminReq(token, user.id, { quota_overrides: { jobs_per_day: null } }), routeParams({ id: user.id }))
    ).json();
    expect(back.overridden).toBe(false);
    expect(back.quotas[0].limit).toBe(planLimits("pro").jobs_per_day);
    const bad = await adminPatch(adminReq(token, user.id, { plan: "gold" }), routeParams({ id: user.id }));
    expect(bad.status).toBe(400);
    expect((await adminGet(adminReq(token, "c" + "0".repeat(24)), routeParams({ id: "c" + "0".repeat(24) }))).status).toBe(404);
  });
});
