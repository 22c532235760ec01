// Retention: finished jobs and their files go after JOB_RETENTION_HOURS; stored PDFs and asset bytes
// without a row (a crash between upload and delete, a deleted account), stale temp files and expired
// idempotency keys go too, and old endpoint delivery log entries; the sample pictures' cache is bounded.
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { deleteExpiredIdempotencyKeys } from "@/lib/db/idempotency-keys";
import { deleteExpiredRevokedSessions } from "@/lib/db/sessions";
import { deleteJobEventsBefore } from "@/lib/db/job-events";
import { deleteFinishedMailBefore } from "@/lib/db/mail";
import { deleteDeadShareLinks } from "@/lib/db/share-links";
import { deleteFinishedEndpointDeliveriesBefore } from "@/lib/db/webhook-endpoints";
import * as assets from "@/lib/db/assets";
import * as runs from "@/lib/db/job-runs";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { deleteJobPageImages } from "@/lib/pages/job-pages";
import { PAGE_IMAGE_KEY, PAGE_IMAGE_PREFIX } from "@/lib/pages/keys";
import { sweepSamplePictures } from "@/lib/samples/sweep";
import { getStorage } from "@/lib/storage";

const log = logger.child({ module: "jobs-retention" });
// A job's PDF, and the chunks a job drawn as parallel steps left behind (storage/types.ts jobChunkKey).
const JOB_KEY = /^jobs\/([a-z0-9]+)(?:\.pdf|-\d+\.chunk)$/i;
const ASSET_KEY = /^assets\/([a-z0-9]+)$/i;

export type SweepResult = {
  rows: number;
  files: number;
  orphans: number;
  temps: number;
  idempotencyKeys: number;
  revokedSessions: number;
  jobEvents: number;
  webhookDeliveries: number;
  mails: number;
  shareLinks: number;
  samplePictures: number;
};

export const MAIL_RETENTION_DAYS = 30;

export async function sweepRetention(now = new Date()): Promise<SweepResult> {
  const cutoff = new Date(now.getTime() - env.JOB_RETENTION_HOURS * 3600_000);
  const storage = getStorage();
  const result: SweepResult = {
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
  };

  for (;;) {
    const expired = await runs.listExpiredJobs(cutoff, 500, now);
    if (expired.length === 0) break;
    // Files first: a row without its file answers 404 on download; a file without a row is an orphan.
    for (const job of expired) {
      if (job.outputPath) {
        await storage.delete(job.outputPath);
        result.files++;
      }
      await deleteJobPageImages(job.id);
    }
    result.rows += await runs.deleteJobsByIds(expired.map((j) => j.id));
    if (expired.length < 500) break;
  }

  // Orphans: only files older than a render could take, so an upload whose row update is in
  // flight is never mistaken for one.
  const orphanCutoff = now.getTime() - (env.PDF_TIMEOUT_SECONDS + env.JOB_LEASE_SECONDS) * 1000;
  result.orphans += await sweepOrphans("jobs/", JOB_KEY, runs.listExistingJobIds, orphanCutoff);
  // Asset bytes outlive their row when a delete fails halfway or an account goes (assets first get a
  // row, then bytes, so a young object may be an upload still in progress: same cutoff).
  result.orphans += await sweepOrphans("assets/", ASSET_KEY, assets.listExistingAssetIds, orphanCutoff);
  // Page pictures of jobs that are gone (an account deletion, a crash between the two deletes).
  result.orphans += await sweepOrphans(PAGE_IMAGE_PREFIX, PAGE_IMAGE_KEY, runs.listExistingJobIds, orphanCutoff);

  result.temps = await sweepTempFiles(orphanCutoff);
  // Idempotency keys have their own fixed 24 h lifetime (expires_at), whatever JOB_RETENTION_HOURS is.
  result.idempotencyKeys = await deleteExpiredIdempotencyKeys(now);
  result.revokedSessions = await deleteExpiredRevokedSessions(now);
  // Job events outlive their jobs (quotas, the operator dashboard) for JOB_EVENT_RETENTION_DAYS.
  const eventCutoff = new Date(now.getTime() - env.JOB_EVENT_RETENTION_DAYS * 86_400_000);
  result.jobEvents = await deleteJobEventsBefore(eventCutoff);
  // Endpoint delivery logs (test events and batch events have no job to expire with) keep as long.
  result.webhookDeliveries = await deleteFinishedEndpointDeliveriesBefore(eventCutoff);
  // The Outbox keeps a month of mail; dead share links are only history for a day.
  result.mails = await deleteFinishedMailBefore(new Date(now.getTime() - MAIL_RETENTION_DAYS * 86_400_000));
  result.shareLinks = await deleteDeadShareLinks(new Date(now.getTime() - 86_400_000));
  result.samplePictures = await sweepSamplePictures(now);
  if (Object.values(result).some((n) => n > 0)) log.info({ ...result }, "retention sweep");
  return result;
}

/** Deletes stored objects under `prefix` whose id (from `key`) has no row, older than `olderThanMs`. */
async function sweepOrphans(
  prefix: string,
  key: RegExp,
  existingIds: (ids: string[]) => Promise<Set<string>>,
  olderThanMs: number,
): Promise<number> {
  const storage = getStorage();
  let removed = 0;
  let batch: { id: string; key: string }[] = [];
  const flush = async () => {
    const existing = await existingIds(batch.map((b) => b.id));
    for (const b of batch) {
      if (existing.has(b.id)) continue;
      await storage.delete(b.key);
      removed++;
    }
    batch = [];
  };
  for await (const object of storage.list(prefix)) {
    const match = key.exec(object.key);
    if (!match?.[1] || object.lastModified.getTime() > olderThanMs) continue;
    batch.push({ id: match[1], key: object.key });
    if (batch.length >= 200) await flush();
  }
  await flush();
  return removed;
}

/** Temp renders left by a killed process (the pipeline removes its own). */
async function sweepTempFiles(olderThanMs: number): Promise<number> {
  const dir = path.join(env.JOBS_DIR, "tmp");
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const s = await stat(file).catch(() => null);
    if (s && s.mtimeMs < olderThanMs) {
      // Directories too: a render's materialised assets (lib/assets/materialise.ts).
      await rm(file, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
