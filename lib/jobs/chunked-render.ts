// The steps of a large job drawn in chunks on separate workers (pipeline.ts renderInChunks): each chunk
// rendered by a render child of its own into a chunk file (lib/render/chunks/chunk-file.ts) kept in
// storage, and the join fetching them back for the child that writes the document. Steps hand each
// other storage keys only; a chunk's bytes never pass through a step's result.
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { jobInProgress, tempRenderOf, type JobRenderContext } from "@/lib/jobs/job-render";
import { renderToTemp } from "@/lib/jobs/render-to-temp";
import { CHUNK_PAGES } from "@/lib/render/chunking";
import { getStorage, jobChunkKey } from "@/lib/storage";

/** How many chunk steps a job of `pages` pages is drawn in: 1 (one render step) below `minPages` or when off (0). */
export function chunkCount(pages: number | undefined, minPages = env.PDF_PARALLEL_MIN_PAGES): number {
  if (!pages || minPages <= 0 || pages < minPages) return 1;
  return Math.ceil(pages / CHUNK_PAGES);
}

/** Draws chunk `index` of the job into storage; `pageCount` is the whole document's, as the child counted it. */
export async function renderChunkToStorage(
  jobId: string,
  ctx: JobRenderContext,
  index: number,
): Promise<{ key: string; pageCount: number }> {
  const job = await jobInProgress(jobId);
  const request = {
    ...tempRenderOf(job, ctx),
    name: `${jobId}-${job.attempts}-chunk-${index}`,
    checkLimits: false,
    part: { chunk: index },
  };
  return renderToTemp(request, async ({ path: file, result }) => {
    const key = jobChunkKey(jobId, index);
    await getStorage().putFile(key, file, { contentType: "application/octet-stream" });
    return { key, pageCount: result.pageCount };
  });
}

/** Fetches the chunk files for `join` (the chunks stay in storage: a repeated join finds them again). */
export async function withChunkFiles<T>(jobId: string, keys: string[], join: (files: string[]) => Promise<T>): Promise<T> {
  const storage = getStorage();
  const dir = path.resolve(env.JOBS_DIR, "tmp");
  await mkdir(dir, { recursive: true });
  const files = keys.map((_, i) => path.join(dir, `${jobId}-join-${i}.chunk`));
  try {
    await Promise.all(
      keys.map(async (key, i) => {
        const object = await storage.read(key);
        // Gone only if the job was deleted meanwhile (retention keeps a live job's chunks).
        if (!object) throw new AppError("UNAVAILABLE", "A drawn part of the document is no longer stored.", undefined, true);
        await pipeline(object.stream, createWriteStream(files[i]!));
      }),
    );
    return await join(files);
  } finally {
    await Promise.all(files.map((f) => rm(f, { force: true })));
  }
}

/** After the join: the chunks leave storage (deleting one already gone is no error). */
export async function deleteChunks(keys: string[]): Promise<void> {
  const storage = getStorage();
  await Promise.all(keys.map((key) => storage.delete(key)));
}
