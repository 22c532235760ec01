// Pictures and navigation of a finished job's pages, for the page browser. Pictures are drawn by
// MuPDF from the stored PDF on first request and stored next to it (`thumbs/…`); they are deleted
// with the job (deleteRenderJob, retention, account deletion, and the orphan sweep for any left over).
import { randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { getDownloadInfoForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { pageImageKey, pageImagePrefix, pageImageWidth } from "./keys";
import { rasterisePage, readNavigation, type PdfNavigation } from "./mutool";
import { withLocalCopy } from "./source-cache";

const gone = () => new AppError("NOT_FOUND", "The PDF was removed after the retention period; render it again");

async function completedJob(ownerId: string, jobId: string, page: number) {
  const job = await getDownloadInfoForOwner(ownerId, jobId);
  if (!job) throw notFound("Job");
  if (job.status !== "completed") throw new AppError("CONFLICT", `Job is ${job.status}; pages can be shown once it has completed`);
  if (!job.outputPath) throw gone();
  const pages = job.pageCount ?? 0;
  if (page < 1 || page > pages)
    throw new AppError("NOT_FOUND", `Page ${page} not found; this PDF has ${pages} page${pages === 1 ? "" : "s"}`);
  return { ...job, outputPath: job.outputPath };
}

export type PageImage = { stream: Readable; size: number; width: number; etag: string };

/** Page `page` of the caller's completed job as a PNG about `requestedWidth` pixels wide. */
export async function getJobPageImage(ownerId: string, jobId: string, page: number, requestedWidth: number): Promise<PageImage> {
  const job = await completedJob(ownerId, jobId, page);
  const width = pageImageWidth(requestedWidth);
  const key = pageImageKey(jobId, page, width);
  const storage = getStorage();
  const etag = `"${jobId}-${page}-${width}"`;
  const cached = await storage.read(key);
  if (cached) return { ...cached, width, etag };

  const out = path.resolve(env.JOBS_DIR, "tmp", `page-${randomUUID()}.png`);
  await mkdir(path.dirname(out), { recursive: true });
  try {
    const drawn = await withLocalCopy(storage, job.outputPath, (pdf) => rasterisePage(pdf, page, width, out));
    if (drawn === null) throw gone();
    await storage.putFile(key, out, { contentType: "image/png" });
  } finally {
    await rm(out, { force: true });
  }
  const stored = await storage.read(key);
  if (!stored) throw gone();
  return { ...stored, width, etag };
}

/** The links on page `page` of the caller's completed job (with their target pages) and the outline. */
export async function getJobPageNavigation(ownerId: string, jobId: string, page: number): Promise<PdfNavigation> {
  const job = await completedJob(ownerId, jobId, page);
  const nav = await withLocalCopy(getStorage(), job.outputPath, (pdf) => readNavigation(pdf, page));
  if (nav === null) throw gone();
  return nav;
}

/** Deletes every stored picture of a job. Idempotent. */
export async function deleteJobPageImages(jobId: string): Promise<number> {
  const storage = getStorage();
  let removed = 0;
  for await (const object of storage.list(pageImagePrefix(jobId))) {
    await storage.delete(object.key);
    removed++;
  }
  return removed;
}
