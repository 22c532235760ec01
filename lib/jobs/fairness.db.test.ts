// Fair scheduling in the local supervisor: one user floods the queue with 200 jobs, another submits
// one; the second user's job starts as soon as a render slot frees (within one job slot's time),
// instead of after the 200.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-fairness-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
  // Each render takes at least 2 s, so the second user's job arrives while a flood job renders.
  vi.stubEnv("INKSET_TEST_RENDER_DELAY_MS", "2000");
});

import { rmSync } from "node:fs";
import { db } from "@/lib/db/client";
import { listPendingJobIds } from "@/lib/db/job-runs";
import { createJob } from "@/lib/db/jobs";
import { setPlan } from "@/lib/db/users";
import { env } from "@/lib/env";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { userWithToken } from "@/tests/helpers/users";

const yaml = sampleTemplate({ pages: 1 });
const job = (ownerId: string) => ({ ownerId, title: "t", yamlContent: yaml, deterministic: true, strictMode: false });

let supervisor: Supervisor | null = null;
afterAll(async () => {
  await supervisor?.stop();
  await db.pdfJob.updateMany({ where: { status: { in: ["pending", "processing"] } }, data: { status: "cancelled" } });
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("fair scheduling", () => {
  it("orders pending jobs by owner turns: the one-job owner before the flood, pro before free on a tie", async () => {
    const { user: flood } = await userWithToken("flood-order");
    const { user: single } = await userWithToken("single-order");
    const { user: pro } = await userWithToken("pro-order");
    await setPlan(pro.id, "pro");
    await db.pdfJob.createMany({ data: Array.from({ length: 20 }, () => ({ ...job(flood.id), status: "pending" as const })) });
    // The flood's owner has just been served one job.
    await db.pdfJob.create({ data: { ...job(flood.id), status: "completed", startedAt: new Date(), completedAt: new Date() } });
    const singleJob = await createJob(job(single.id));
    const proJob = await createJob(job(pro.id));
    const order = await listPendingJobIds(3);
    expect(order).toHaveLength(3);
    expect(order[0]).toBe(proJob.id); // never served, pro
    expect(order[1]).toBe(singleJob.id); // never served, free
    // Served most recently: the flood owner's oldest job comes third, not its 20 ahead of the others.
    expect(await db.pdfJob.findUnique({ where: { id: order[2]! }, select: { ownerId: true } })).toEqual({ ownerId: flood.id });
    await db.pdfJob.updateMany({ where: { ownerId: flood.id }, data: { status: "cancelled" } });
    await db.pdfJob.updateMany({ where: { id: { in: [singleJob.id, proJob.id] } }, data: { status: "cancelled" } });
  });

  it("a second user's single job starts within one job slot of a 200-job flood", async () => {
    await db.pdfJob.updateMany({ where: { status: "pending" }, data: { status: "cancelled" } });
    const { user: flood } = await userWithToken("flood");
    const { user: other } = await userWithToken("other");
    const base = Date.now() - 60_000;
    await db.pdfJob.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({ ...job(flood.id), status: "pending" as const, createdAt: new Date(base + i) })),
    });
    supervisor = startSupervisor({ concurrency: 1, retention: false });
    await until(async () => (await db.pdfJob.count({ where: { ownerId: flood.id, status: "processing" } })) === 1);
    const mine = await createJob(job(other.id));
    await waitForStatus(mine.id, ["completed"], 60_000);
    const started = (await db.pdfJob.findUniqueOrThrow({ where: { id: mine.id }, select: { startedAt: true } })).startedAt!;
    const floodStartedBefore = await db.pdfJob.count({ where: { ownerId: flood.id, startedAt: { lt: started } } });
    // Only the flood job that held the one slot when the job arrived ran before it (FIFO would be 200).
    expect(floodStartedBefore).toBe(1);
  });
});
