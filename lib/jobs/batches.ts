// Batches: one template or project queued for several device profiles (× variables sets) as child jobs, checked
// up front (every profile's template must be valid, the quota must fit all children), cancelled and
// downloaded (a streamed ZIP) as one.
import { PassThrough, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import { createBatchRow, getBatchForOwner, listActiveChildIds, type BatchView } from "@/lib/db/batches";
import { AppError, notFound } from "@/lib/errors";
import { batchEntryBase } from "@/lib/jobs/batch-file-name";
import type { BatchJson, CreateBatchInput } from "@/lib/jobs/batch-schema";
import { cancelRenderJob, checkedWebhookUrl, checkQuota, enqueueResolved } from "@/lib/jobs/enqueue";
import { resolveRenderSource, type RenderSource } from "@/lib/jobs/render-source";
import { serializeBatch } from "@/lib/jobs/serialize-batch";
import { readStoredVariables } from "@/lib/jobs/variables";
import { getStorage } from "@/lib/storage";

export async function createBatch(ownerId: string, input: CreateBatchInput): Promise<BatchJson> {
  const webhookUrl = checkedWebhookUrl(input);
  // Validate every profile before queuing anything: a batch is all or nothing.
  const sources: RenderSource[] = [];
  for (const profile of input.profiles) {
    try {
      sources.push(await resolveRenderSource(ownerId, { ...input, variables: undefined, webhook_url: undefined, profile }));
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.code, `profiles: ${profile}: ${err.message}`, err.details);
      throw err;
    }
  }
  // One child per profile × variables set (variables change text, not the page count).
  const sets = input.variables ?? [null];
  const children = sources.flatMap((source) => sets.map((variables) => ({ source, variables })));
  // The quota covers all children at once: a batch is refused whole, never half-queued.
  await checkQuota(
    ownerId,
    children.reduce((sum, c) => sum + (c.source.pageCount ?? 0), 0),
    children.length,
  );
  const batch = await createBatchRow(ownerId, sources[0]!.title, webhookUrl);
  await enqueueResolved(ownerId, children, batch.id);
  return serializeBatch((await getBatchForOwner(ownerId, batch.id))!);
}

export async function getBatch(ownerId: string, batchId: string): Promise<BatchJson> {
  const batch = await getBatchForOwner(ownerId, batchId);
  if (!batch) throw notFound("Batch");
  return serializeBatch(batch);
}

/** Cancels every child still pending or processing; 409 when none is. */
export async function cancelBatch(ownerId: string, batchId: string): Promise<void> {
  if (!(await getBatchForOwner(ownerId, batchId))) throw notFound("Batch");
  const active = await listActiveChildIds(ownerId, batchId);
  if (active.length === 0) throw new AppError("CONFLICT", "Every job of this batch has already finished");
  for (const id of active) {
    await cancelRenderJob(ownerId, id).catch((err: unknown) => {
      // A child that finished between the read and the cancel is fine.
      if (!(err instanceof AppError && err.code === "CONFLICT")) throw err;
    });
  }
}

/**
 * The batch's PDFs as a ZIP, one `<profile>[ <variable values>].pdf` per completed child, streamed: yazl reads each
 * stored PDF only when the archive reaches it, so memory stays flat whatever the batch's size.
 */
export async function openBatchZip(ownerId: string, batchId: string): Promise<{ title: string; stream: Readable }> {
  const batch = await getBatchForOwner(ownerId, batchId);
  if (!batch) throw notFound("Batch");
  if (batch.jobs.some((j) => j.status === "pending" || j.status === "processing")) {
    throw new AppError("CONFLICT", "The batch is still rendering; download it when every job has finished");
  }
  const done = batch.jobs.filter((j) => j.status === "completed" && j.outputPath);
  if (done.length === 0) throw new AppError("CONFLICT", "No job of this batch completed; there is nothing to download");
  const zip = new ZipFile();
  const names = new Set<string>();
  const entries: { entry: PassThrough; key: string }[] = [];
  for (const job of done) {
    const base = batchEntryBase(job.profile, readStoredVariables(job.variables));
    let name = `${base}.pdf`;
    for (let i = 2; names.has(name); i++) name = `${base}-${i}.pdf`;
    names.add(name);
    // PDFs are already compressed; storing them keeps the ZIP fast to write and to open.
    const entry = new PassThrough();
    zip.addReadStream(entry, name, { compress: false, mtime: job.completedAt ?? new Date(0) });
    entries.push({ entry, key: job.outputPath! });
  }
  zip.end();
  const out = zip.outputStream as unknown as Readable;
  // One stored PDF open at a time, in archive order (yazl reads entries one after another).
  void (async () => {
    const storage = getStorage();
    for (const { entry, key } of entries) {
      const file = await storage.read(key).catch(() => null);
      if (!file) {
        out.destroy(new Error("A PDF of this batch was removed after the retention period"));
        return;
      }
      await pipeline(file.stream, entry);
    }
  })().catch((err: unknown) => out.destroy(err as Error));
  return { title: batch.title, stream: out };
}

export { batchStatus, serializeBatch } from "@/lib/jobs/serialize-batch";
