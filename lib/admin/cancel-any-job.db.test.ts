// An operator cancels another user's running render through DELETE /api/admin/jobs/{id}, with the real
// supervisor and a real render child: the child is killed, the row stays cancelled, the event is the
// owner's, and nothing is stored.
import { rmSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-admin-cancel-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { NextRequest } from "next/server";
import { DELETE as cancelAdminJob } from "@/app/api/admin/jobs/[id]/route";
import { GET as listAdminJobs } from "@/app/api/admin/jobs/route";
import { db } from "@/lib/db/client";
import * as jobs from "@/lib/db/jobs";
import { setRole } from "@/lib/db/users";
import { env } from "@/lib/env";
import { setTestRenderDelay, shutdownSpareChild } from "@/lib/jobs/child-process";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { getStorage, jobOutputKey } from "@/lib/storage";
import { ensureRenderChildBuilt, pidAlive, sleep, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

let supervisor: Supervisor | null = null;

beforeAll(() => ensureRenderChildBuilt());
afterEach(async () => {
  setTestRenderDelay(null);
  await supervisor?.stop();
  supervisor = null;
});
afterAll(() => {
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("DELETE /api/admin/jobs/{id}", () => {
  it("kills another user's running render", async () => {
    setTestRenderDelay(8000);
    const pids = new Map<string, number>();
    supervisor = startSupervisor({ retention: false, concurrency: 1, onSpawn: (id, pid) => pids.set(id, pid) });
    const { user: owner } = await userWithToken("customer");
    const { user: admin, token } = await userWithToken("operator");
    await setRole(admin.id, "admin");

    const job = await createRenderJob(owner.id, { yaml_content: sampleTemplate(), deterministic: false, strict_mode: false });
    await waitForStatus(job.id, ["processing"]);
    await vi.waitFor(() => expect(pids.get(job.id)).toBeTypeOf("number"), { timeout: 30_000 });
    const pid = pids.get(job.id)!;
    expect(pidAlive(pid)).toBe(true);

    // The operator sees it among every user's active jobs, with its owner.
    const active = await (await listAdminJobs(new NextRequest(apiRequest("/api/admin/jobs", token)), routeParams({}))).json();
    expect(active.jobs.find((j: { id: string }) => j.id === job.id)).toMatchObject({
      status: "processing",
      owner: { id: owner.id, email: owner.email },
    });

    const res = await cancelAdminJob(
      new NextRequest(apiRequest(`/api/admin/jobs/${job.id}`, token, { method: "DELETE" })),
      routeParams({ id: job.id }),
    );
    expect(res.status).toBe(204);
    await vi.waitFor(() => expect(pidAlive(pid)).toBe(false), { timeout: 5000, interval: 20 });

    await sleep(9000); // past the point the render would have finished
    expect(await jobs.getJobForOwner(owner.id, job.id)).toMatchObject({ status: "cancelled", pageCount: null, sizeBytes: null });
    expect(await getStorage().stat(jobOutputKey(job.id))).toBeNull();
    // Recorded as the owner's cancel, so it counts in the owner's figures and the dashboard.
    const events = await db.jobEvent.findMany({ where: { jobId: job.id }, select: { type: true, userId: true } });
    expect(events).toContainEqual({ type: "cancelled", userId: owner.id });

    // A finished job cannot be cancelled again: 409, as for the owner.
    const again = await cancelAdminJob(
      new NextRequest(apiRequest(`/api/admin/jobs/${job.id}`, token, { method: "DELETE" })),
      routeParams({ id: job.id }),
    );
    expect(again.status).toBe(409);
  }, 60_000);
});
