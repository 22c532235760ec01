// The per-job render process. Forked by lib/jobs/child-process.ts from the esbuild bundle
// dist/render-child.mjs. It renders the jobs the parent sends, one at a time, until the parent kills
// it: the parent sends a child only consecutive jobs of one owner and recycles it (see
// lib/jobs/child-process.ts). The renderer is imported up front, so a spare child started ahead of
// time is warm when its job arrives.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { env } from "@/lib/env";
import { registerFontDirs } from "@/lib/render/fonts";
import { imageOptionsFromEnv } from "@/lib/render/images";
import { ChunkThreads } from "@/lib/render/chunks/threads";
import { readChunkFile, writeChunkFile } from "@/lib/render/chunks/chunk-file";
import { joinRendered, renderChunk, renderDocument } from "@/lib/render/render";
import { TemplateRenderError, type RenderRequest as RenderDocumentRequest, type RenderResult } from "@/lib/render-contract/types";
import { decodeCompiled } from "@/lib/render-contract/compiled-document";
import { startWarmUp } from "@/lib/render/warm-up";
import type { ChildMessage, ChildRequest, RenderPart, RenderRequest } from "@/lib/render-contract/child-protocol";

// A large document's chunks are drawn by this thread and chunk threads next to it (lib/render/chunks),
// as many as the node has cores to spare (started when first needed); each thread has a quarter of this
// process's heap limit of its own. The process still holds one job at a time, of one owner.
const cores = availableParallelism();
const chunkThreads =
  env.PDF_PARALLEL_MIN_PAGES > 0 && cores > 1
    ? new ChunkThreads({
        entry: fileURLToPath(new URL("./render-chunks.mjs", import.meta.url)),
        count: cores - 1,
        memoryMb: Math.max(128, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20 / 4)),
        fontDirs: env.FONT_DIRS,
      })
    : undefined;

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

// TEST-ONLY hook: `testDelayMs` stretches a render (reported as layout progress) so timeout,
// cancel and crash-recovery tests have a slow job without a huge template. The supervisor sets it
// only when NODE_ENV=test and INKSET_TEST_RENDER_DELAY_MS is set (see lib/jobs/child-process.ts).
async function testDelay(ms: number | undefined, onTick: (done: number, total: number) => void) {
  if (!ms || ms <= 0) return;
  const steps = 10;
  for (let i = 1; i <= steps; i++) {
    await new Promise((r) => setTimeout(r, ms / steps));
    onTick(i, steps);
  }
}

/** One part of a job drawn by separate workers (lib/jobs/chunked-render.ts). */
async function renderPart(request: RenderDocumentRequest, part: RenderPart): Promise<RenderResult> {
  if ("join" in part) return joinRendered(request, await Promise.all(part.join.map(readChunkFile)));
  const { chunk, pageCount } = await renderChunk(request, part.chunk);
  await writeChunkFile(request.outputPath, chunk);
  const timings = { parseMs: 0, compileMs: 0, layoutMs: chunk.layoutMs, writeMs: 0 };
  return { pageCount, diagnostics: chunk.diagnostics, timings, stats: { widgets: 0, links: 0, destinations: 0, outlineEntries: 0 } };
}

async function handle(req: RenderRequest) {
  try {
    await testDelay(req.testDelayMs, (done, total) => void send({ type: "progress", progress: { phase: "layout", done, total } }));
    const request: RenderDocumentRequest = {
      ...req.options,
      // The child inherits the server's environment: REMOTE_IMAGES / IMAGE_HOSTS / ASSET_ROOTS apply here.
      images: imageOptionsFromEnv(env),
      yaml: req.yaml,
      ...(req.compiled ? { preloaded: decodeCompiled(req.compiled) } : {}),
      outputPath: req.outputPath,
      // The parent says how many cores the node has free for this job besides its own.
      chunkThreads: chunkThreads && { pool: chunkThreads, minPages: env.PDF_PARALLEL_MIN_PAGES, threads: req.threads ?? 0 },
      onProgress: (progress) => void send({ type: "progress", progress }),
    };
    const result = req.part ? await renderPart(request, req.part) : await renderDocument(request);
    await send({ type: "done", result, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) });
  } catch (err) {
    if (err instanceof TemplateRenderError) {
      await send({ type: "error", code: err.code, message: err.message, diagnostics: err.diagnostics });
    } else {
      // The parent logs this under a reference; it never reaches the user verbatim.
      const message = err instanceof Error ? err.message : String(err);
      await send({ type: "error", code: "INTERNAL", message, diagnostics: [] });
    }
  }
}

// §7.8 font_dirs from the server configuration; unreadable files are skipped (and fall back per §8.2).
registerFontDirs(env.FONT_DIRS);
const warmUp = startWarmUp(env.PDF_SPARE_WARMUP_MS, chunkThreads);
// Jobs run one after another; each waits for the warm-up render in progress (never two renders at once).
let jobs = Promise.resolve();
process.on("message", (msg: ChildRequest) => {
  if (msg.type === "warm") {
    if (msg.allowed) warmUp.resume();
    else void warmUp.pause();
    return;
  }
  jobs = jobs.then(() => warmUp.pause()).then(() => handle(msg));
});
// Parent gone (supervisor crashed): nothing left to report to, so stop rendering.
process.on("disconnect", () => process.exit(0));
void warmUp.ready.then(() => send({ type: "ready" }));
