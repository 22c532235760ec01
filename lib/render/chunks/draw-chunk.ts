// One chunk of a document: pages start..end planned and painted into a pdfkit document of their own.
// A chunk's bytes depend only on its pages (chunk boundaries are fixed, CHUNK_PAGES apart), never on
// which thread drew it or what was drawn before, so a document drawn by one thread or by several is
// the same file once the chunks are joined (join.ts). Each chunk collects its own diagnostics, merged
// in chunk order by the render, for the same reason.
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { DiagnosticSink } from "@/lib/templates/sink";
import type { Template, Widget } from "@/lib/templates/types";
import { createPdfWriter } from "../document";
import type { ImageLoader, LoadedImage } from "../images";
import type { AnchorRequest, LinkRequest, RenderProfile } from "../model";
import { indexPages, loadImages, planPage, type PlanInput } from "../plan";

/** What every chunk of one render shares; plain data, so it can be posted to a chunk thread. */
export type ChunkDocument = {
  template: Template;
  profile: RenderProfile;
  strict: boolean;
  today?: string;
  variables?: Readonly<Record<string, string | number | boolean>>;
  pageCount: number;
};

export type DrawnChunk = {
  /** The chunk's own PDF (pdfkit's output: pages, content streams, fonts, images). */
  pdf: Uint8Array;
  links: LinkRequest[];
  anchors: AnchorRequest[];
  diagnostics: Diagnostic[];
  layoutMs: number;
};

/** The pages of chunk `index` (0-based) of a document of `drawn` pages. */
export function chunkPages(index: number, drawn: number, chunkPages: number): { start: number; end: number } {
  const start = index * chunkPages + 1;
  return { start, end: Math.min(drawn, start + chunkPages - 1) };
}

export type ChunkDrawer = (start: number, end: number) => Promise<DrawnChunk>;

/** Per-page progress of the chunks drawn on the render's own thread. */
export type ChunkProgress = { planned(): void; painted(): void };

/**
 * A drawer for one document's chunks. Pages are indexed once per document; `loader` is given on the
 * render's own thread only (chunk threads never draw documents with images, see render.ts).
 */
export function chunkDrawer(doc: ChunkDocument, loader?: ImageLoader, progress?: ChunkProgress): ChunkDrawer {
  const widgetsOf = indexPages(doc.template);
  const size = { width: doc.template.canvas.dimensions.width, height: doc.template.canvas.dimensions.height };
  return async (start, end) => {
    const t0 = performance.now();
    // A plain sink: the render's own sink dedupes and caps, as if it had planned these pages itself.
    const sink = new DiagnosticSink({});
    const images = new Map<Widget, LoadedImage>();
    const input: PlanInput = { ...doc, sink, images };
    const numbers = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    if (loader) await loadImages(widgetsOf, numbers, loader, images);
    const pages = numbers.map((n) => {
      const planned = planPage(input, widgetsOf, n, doc.pageCount);
      progress?.planned();
      return planned;
    });
    const layoutMs = performance.now() - t0;
    const writer = createPdfWriter(size);
    writer.addPages(pages, () => progress?.painted());
    return {
      pdf: await writer.end(),
      links: pages.flatMap((p) => p.links),
      anchors: pages.flatMap((p) => p.anchors),
      diagnostics: sink.list,
      layoutMs,
    };
  };
}

/** Claims the next undrawn chunk (shared by every thread drawing the document); past the end, none is left. */
const claim = (claims: Int32Array) => Atomics.add(claims, 0, 1);

/**
 * Draws chunks claimed from `claims` until none is left, on whichever thread calls it. A chunk with an
 * error ends the drawing for every thread (no PDF will be produced: the render fails with the
 * diagnostics of the chunks before it and its own, which every thread has drawn by then).
 */
export async function drawClaimed(
  claims: Int32Array,
  drawn: number,
  chunkSize: number,
  draw: ChunkDrawer,
  onChunk: (index: number, chunk: DrawnChunk) => void,
): Promise<void> {
  const count = Math.ceil(drawn / chunkSize);
  for (let index = claim(claims); index < count; index = claim(claims)) {
    const { start, end } = chunkPages(index, drawn, chunkSize);
    const chunk = await draw(start, end);
    if (chunk.diagnostics.some((d) => d.severity === "error")) Atomics.store(claims, 0, count);
    onChunk(index, chunk);
  }
}
