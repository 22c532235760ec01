// Draws a whole document, chunk by chunk, on the render's own thread and on the chunk threads it may
// use (threads.ts): every thread claims the next undrawn chunk until none is left.
import type { RenderRequest } from "@/lib/render-contract/types";
import type { Template } from "@/lib/templates/types";
import { CHUNK_PAGES } from "../chunking";
import type { ImageLoader } from "../images";
import { chunkDrawer, chunkPages, drawClaimed, type ChunkDocument, type DrawnChunk } from "./draw-chunk";

/**
 * How many chunk threads help draw this document: none below `minPages` (sharing costs more than it
 * saves) or for documents with images (an image is loaded where it is drawn, once per render).
 */
function threadsFor(option: RenderRequest["chunkThreads"], template: Template, drawn: number) {
  if (!option || option.threads <= 0 || drawn < option.minPages || drawn <= CHUNK_PAGES) return null;
  const hasImage = (w: { type: string }) => w.type === "image";
  if (template.widgets.some(hasImage) || template.masters.some((m) => m.widgets.some(hasImage))) return null;
  return { pool: option.pool, count: Math.min(option.threads, option.pool.size) };
}

/**
 * Plans and paints pages 1..drawn in chunks of CHUNK_PAGES, each into a PDF of its own, so the paint
 * steps and images held in memory do not grow with the page count and a large document's chunks can be
 * drawn by several threads at once. The chunks come back in page order whoever drew them.
 */
export async function drawPages(req: RenderRequest, doc: ChunkDocument, drawn: number, loader: ImageLoader): Promise<DrawnChunk[]> {
  const chunks: DrawnChunk[] = [];
  let laidOut = 0;
  let painted = 0;
  const progress = {
    planned: () => req.onProgress?.({ phase: "layout", done: ++laidOut, total: drawn }),
    painted: () => req.onProgress?.({ phase: "write", done: ++painted, total: drawn }),
  };
  const claims = new Int32Array(new SharedArrayBuffer(4));
  const stop = () => Atomics.store(claims, 0, Math.ceil(drawn / CHUNK_PAGES));
  // A progress callback may throw to abandon the render (the spare's warm-up does); thrown from a
  // thread's message it would escape the render, so it is kept and thrown here once the threads stop.
  let abandoned: { error: unknown } | null = null;
  const threads = threadsFor(req.chunkThreads, doc.template, drawn);
  const helped = threads
    ? threads.pool.draw({ doc, drawn, chunkPages: CHUNK_PAGES, claims }, threads.count, (index, chunk) => {
        chunks[index] = chunk;
        // A chunk thread's pages are reported when its chunk arrives.
        const { start, end } = chunkPages(index, drawn, CHUNK_PAGES);
        try {
          for (let n = start; n <= end; n++) progress.planned();
          for (let n = start; n <= end; n++) progress.painted();
        } catch (error) {
          abandoned ??= { error };
          stop();
        }
      })
    : Promise.resolve();
  try {
    await drawClaimed(claims, drawn, CHUNK_PAGES, chunkDrawer(doc, loader, progress), (index, chunk) => (chunks[index] = chunk));
  } finally {
    // However this thread stopped, the chunk threads claim nothing more, and are waited for.
    stop();
    await helped;
  }
  if (abandoned) throw (abandoned as { error: unknown }).error;
  return chunks;
}
