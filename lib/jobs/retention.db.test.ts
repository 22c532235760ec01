// Retention: old finished jobs and their files go; recent and active jobs stay; orphan files
// (no row) and stale temp renders go too.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-retention-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { uploadAsset } from "@/lib/assets/upload";
import { deleteAssetRow } from "@/lib/db/assets";
import * as jobs from "@/lib/db/jobs";
import * as runs from "@/lib/db/job-runs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import { sweepRetention } from "@/lib/jobs/retention";
import { sleep } from "@/tests/helpers/jobs";
import { makePng } from "@/tests/helpers/image-fixtures";
import { assetKey, getStorage, jobOutputKey } from "@/lib/storage";

let ownerId = "";
let scratch = "";

async function completedJob(): Promise<{ id: string; completedAt: Date }> {
  const job = await jobs.createJob({ ownerId, title: "r", yamlContent: "x", deterministic: false, strictMode: false });
  expect(await runs.claimJob(job.id, "w", 60_000)).toBe(true);
  const local = path.join(scratch, `${job.id}.pdf`);
  writeFileSync(local, "%PDF-1.7 retention");
  const key = jobOutputKey(job.id);
  await getStorage().putFile(key, local);
  expect(await runs.markJobCompleted(job.id, "w", { key, sizeBytes: 18, pageCount: 1, diagnostics: {} })).toBe(true);
  const row = await jobs.getJobForOwner(ownerId, job.id);
  return { id: job.id, completedAt: row!.completedAt! };
}

beforeAll(async () => {
  ownerId = (await findOrCreateUserByEmail(`retention-${Date.now()}@test.local`)).id;
  mkdirSync(env.JOBS_DIR, { recursive: true });
  scratch = mkdtempSync(path.join(env.JOBS_DIR, "scratch-"));
});
afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("retention sweep", () => {
  it("removes expired jobs with their files, keeps recent and active ones, clears orphans", async () => {
    const old = await completedJob();
    const active = await jobs.createJob({ ownerId, title: "p", yamlContent: "x", deterministic: false, strictMode: false });
    await sleep(1100);
    const recent = await completedJob();

    // An orphan: a stored PDF whose row is gone. And a temp render left by a killed process.
    const orphanLocal = path.join(scratch, "orphan.pdf");
    writeFileSync(orphanLocal, "%PDF orphan");
    const orphanKey = jobOutputKey("cm0rphan0000000000000000");
    await getStorage().putFile(orphanKey, orphanLocal);
    const tmpDir = path.join(env.JOBS_DIR, "tmp");
    mkdirSync(tmpDir, { recursive: true });
    const staleTemp = path.join(tmpDir, "cmdead000000000000000000-1.pdf");
    writeFileSync(staleTemp, "%PDF partial");
    const longAgo = new Date(Date.now() - 48 * 3600_000);
    utimesSync(staleTemp, longAgo, longAgo);

    // "Now" is just past the old job's expiry; the recent one finished a second later.
    const now = new Date(old.completedAt.getTime() + env.JOB_RETENTION_HOURS * 3600_000 + 500);
    const result = await sweepRetention(now);
    // Rows left by earlier test files in this database may expire in the same sweep.
    expect(result.rows).toBeGreaterThanOrEqual(1);
    expect(result).toMatchObject({ orphans: 1, temps: 1 });

    expect(await jobs.getJobForOwner(ownerId, old.id)).toBeNull();
    expect(await getStorage().stat(jobOutputKey(old.id))).toBeNull();
    expect((await jobs.getJobForOwner(ownerId, recent.id))?.status).toBe("completed");
    expect(await getStorage().stat(jobOutputKey(recent.id))).not.toBeNull();
    expect((await jobs.getJobForOwner(ownerId, active.id))?.status).toBe("pending");
    expect(await getStorage().stat(orphanKey)).toBeNull();
    expect(existsSync(staleTemp)).toBe(false);

    // Idempotent: a second sweep finds nothing more.
    expect(await sweepRetention(now)).toEqual({
      rows: 0,
      files: 0,
      orphans: 0,
      temps: 0,
      idempotencyKeys: 0,
      revokedSessions: 0,
      jobEvents: 0,
      webhookDeliveries: 0,
      mails: 0,
      shareLinks: 0,
      samplePictures: 0,
    });
    await jobs.cancelJobForOwner(ownerId, active.id);
  });

  it("removes finished endpoint deliveries older than JOB_EVENT_RETENTION_DAYS and keeps pending ones", async () => {
    const endpoint = await db.webhookEndpoint.create({
      data: { userId: ownerId, url: "https://hooks.example.com/x", events: ["job.completed"], secret: "whsec_x" },
    });
    const longAgo = new Date(Date.now() - (env.JOB_EVENT_RETENTION_DAYS + 1) * 86_400_000);
    const row = (status: "delivered" | "failed" | "pending", createdAt: Date) =>
      db.webhookDelivery.create({
        data: { endpointId: endpoint.id, url: endpoint.url, eventType: "webhook.test", eventId: "msg_r", payload: {}, status, createdAt },
      });
    const [oldDelivered, oldFailed, oldPending, recent] = [
      await row("delivered", longAgo),
      await row("failed", longAgo),
      await row("pending", longAgo),
      await row("delivered", new Date()),
    ];
    expect((await sweepRetention(new Date())).webhookDeliveries).toBe(2);
    const left = (await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { id: true } })).map((r) => r.id);
    expect(left.sort()).toEqual([oldPending.id, recent.id].sort());
    expect(left).not.toContain(oldDelivered.id);
    expect(left).not.toContain(oldFailed.id);
  });

  it("removes asset bytes whose row is gone once they are older than an upload could take, and keeps the rest", async () => {
    const kept = await uploadAsset(ownerId, { data: makePng(3, 3), name: `kept-${Date.now()}.png` });
    const lost = await uploadAsset(ownerId, { data: makePng(4, 4), name: `lost-${Date.now()}.png` });
    expect(await deleteAssetRow(ownerId, lost.id)).toBe(true);

    // Young bytes without a row may be an upload in progress: left alone.
    expect((await sweepRetention(new Date())).orphans).toBe(0);
    expect(await getStorage().stat(assetKey(lost.id))).not.toBeNull();

    const later = new Date(Date.now() + (env.PDF_TIMEOUT_SECONDS + env.JOB_LEASE_SECONDS + 60) * 1000);
    expect((await sweepRetention(later)).orphans).toBe(1);
    expect(await getStorage().stat(assetKey(lost.id))).toBeNull();
    expect(await getStorage().stat(assetKey(kept.id))).toMatchObject({ size: expect.any(Number) });
  });
});
