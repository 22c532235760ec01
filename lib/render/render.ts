// The renderer's entry point (contract in lib/render-contract). Pipeline (§7.9), one function per phase:
// loadChecked (load, count pages, check the limit) → drawPages (plan pages in bounded chunks and paint
// them into one pdfkit document, so memory does not grow with the page count) → resolveNavigation
// (links, destinations, outline) → finishDocument (navigation, outline and Info with pdf-lib, then the
// file with object streams, pdf/write.ts).
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { invalid, RENDER_SINK } from "./errors";
import { loadForRender } from "./load-input";
import type { AnchorRequest, LinkRequest, RenderProfile } from "./model";
import { buildDestinations, normaliseId, pageDestName, type Destination } from "./navigation/destinations";
import { enlargeLinks, resolveLinks, shortLinks, type ResolvedLink } from "./navigation/links";
import { buildOutline, outlineTitle } from "./navigation/outline";
import { finishDocument } from "./finish-document";
import { createImageLoader, type ImageLoader } from "./images";
import { CHUNK_PAGES } from "./chunking";
import { chunkDrawer, chunkPages, type ChunkDocument, type DrawnChunk } from "./chunks/draw-chunk";
import { drawPages } from "./chunks/draw-pages";
import { joinChunks } from "./chunks/join";
import { pageCountOf } from "./plan";
import { renderOnePage } from "./render-page";
import { navigationLinks } from "./navigation/navigation-links";
import { pageLimitMessage } from "@/lib/templates/page-limit";
import type { Template } from "@/lib/templates/types";
import { DiagnosticSink } from "@/lib/templates/sink";
import { TemplateRenderError, type RenderOptions, type RenderRequest, type RenderResult } from "@/lib/render-contract/types";

export { CHUNK_PAGES };

function pageLimit(pages: number, maxPages: number, diagnostics: Diagnostic[]): TemplateRenderError {
  const message = pageLimitMessage(pages, maxPages);
  return new TemplateRenderError("PAGE_LIMIT", message, [
    ...diagnostics,
    { severity: "error", code: "page_limit", path: "(root)", message },
  ]);
}

type PageSize = { width: number; height: number };
type Loaded = ReturnType<typeof loadForRender>;
type Ready = { loaded: Loaded; template: Template; profile: RenderProfile; sink: DiagnosticSink; pageCount: number };

/** Load (parse, compile a project, validate) and check the page limit before anything is drawn. */
function loadChecked(req: RenderRequest): Ready {
  req.onProgress?.({ phase: "parse", done: 0, total: 1 });
  const loaded = loadForRender(req);
  const limit = loaded.diagnostics.find((d) => d.code === "page_limit" && d.severity === "error");
  if (limit) throw new TemplateRenderError("PAGE_LIMIT", limit.message, loaded.diagnostics);
  const sink = new DiagnosticSink(RENDER_SINK, loaded.diagnostics);
  const template = loaded.template;
  if (!template || !loaded.profile || sink.hasErrors()) throw invalid(sink.list);
  req.onProgress?.({ phase: "parse", done: 1, total: 1 });
  // Projects are compiled inside loadDocument; report the phase so progress shows every step.
  if (loaded.kind === "project") req.onProgress?.({ phase: "compile", done: 1, total: 1 });
  const pageCount = pageCountOf(template);
  const maxPages = Math.min(req.maxPages, template.max_pages ?? Infinity);
  if (pageCount > maxPages) throw pageLimit(pageCount, maxPages, sink.list);
  return { loaded, template, profile: loaded.profile, sink, pageCount };
}

/** Destinations, links (with touch-target handling, §4.4) and the outline, resolved against each other. */
function resolveNavigation(
  req: RenderRequest,
  { template, profile, sink, pageCount }: Ready,
  drawn: number,
  size: PageSize,
  links: LinkRequest[],
  anchors: AnchorRequest[],
) {
  const dests = buildDestinations(anchors, template.navigation.named_destinations, drawn, size.height, req.strict, sink);
  const allLinks = [...links, ...navigationLinks(template, links, sink)];
  const resolved = resolveLinks(allLinks, dests, req.strict, sink);
  const perPage = new Map<number, ResolvedLink[]>();
  for (const l of resolved) {
    const group = perPage.get(l.page);
    if (group) group.push(l);
    else perPage.set(l.page, [l]);
  }
  const report = req.touchTargets === "report";
  for (const group of perPage.values()) {
    // §4.4: `report` leaves every rectangle at its nominal size and only names the short ones.
    for (const id of report ? shortLinks(group, profile.minTouchPt) : enlargeLinks(group, profile.minTouchPt, size)) {
      const first = group.find((l) => l.widgetId === id);
      sink.push({
        severity: req.strict ? "error" : "warning",
        code: "constraint_touch",
        path: first?.path ?? "(root)",
        page: first?.page,
        widget_id: id,
        message: `link hit area is below ${profile.minTouchPt} pt`,
      });
    }
  }
  const outline = buildOutline(template.navigation.outlines, dests, req.strict, sink, outlineTitle(pageCount));
  if (sink.hasErrors()) throw invalid(sink.list);

  const allDests: Destination[] = [...dests.byName.values()];
  for (let n = 1; n <= drawn; n++) {
    // `top` is the page's top edge: unused by /Fit, it is where an explicit /FitH link lands (§4.3).
    allDests.push({ name: pageDestName(n), page: n, fit: "Fit", left: 0, top: size.height });
    allDests.push({ name: `Page${n}`, page: n, fit: "Fit", left: 0, top: size.height });
  }
  return { resolved, outline, allDests };
}

type Prepared = Ready & { drawn: number; doc: ChunkDocument; loader: ImageLoader; t0: number; t1: number };

/** Loads and checks the document, and what drawing any of its chunks needs. */
function prepare(req: RenderRequest): Prepared {
  const t0 = performance.now();
  const ready = loadChecked(req);
  const { template, profile, pageCount } = ready;
  const loader = createImageLoader({ strict: req.strict, ...req.images, ...(req.assets ? { assetFiles: req.assets } : {}) });
  // §7.8: "today" defaults to the current UTC date, except in deterministic mode (D22).
  const today = req.today ?? (req.deterministic ? undefined : new Date().toISOString().slice(0, 10));
  const doc: ChunkDocument = { template, profile, strict: req.strict, today, variables: req.variables, pageCount };
  const drawn = req.previewPages ? Math.min(pageCount, req.previewPages) : pageCount;
  return { ...ready, drawn, doc, loader, t0, t1: performance.now() };
}

export async function renderDocument(req: RenderRequest): Promise<RenderResult> {
  if (req.previewPage !== undefined) return renderOnePage(req, req.previewPage);
  const prepared = prepare(req);
  const chunks = await drawPages(req, prepared.doc, prepared.drawn, prepared.loader);
  return finish(req, prepared, chunks, performance.now());
}

/**
 * Chunk `index` (0-based) of the document, drawn on its own: one step of a job whose chunks are drawn
 * by separate workers (lib/jobs/chunked-render.ts). `pageCount` tells how many chunks there are.
 */
export async function renderChunk(req: RenderRequest, index: number): Promise<{ chunk: DrawnChunk; pageCount: number }> {
  const { doc, drawn, loader } = prepare(req);
  const count = Math.ceil(drawn / CHUNK_PAGES);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new Error(`chunk ${index} is not one of the document's ${count}`);
  const { start, end } = chunkPages(index, drawn, CHUNK_PAGES);
  return { chunk: await chunkDrawer(doc, loader)(start, end), pageCount: drawn };
}

/** The document from all its chunks drawn by renderChunk: the very file renderDocument writes. */
export async function joinRendered(req: RenderRequest, chunks: DrawnChunk[]): Promise<RenderResult> {
  const prepared = prepare(req);
  const count = Math.ceil(prepared.drawn / CHUNK_PAGES);
  if (chunks.length !== count) throw new Error(`the document has ${count} chunks, ${chunks.length} were given`);
  return finish(req, prepared, chunks, performance.now());
}

/**
 * The drawn chunks, in order, into the finished file: their diagnostics, links and anchors merged in
 * chunk order, navigation resolved, the chunks joined and the document finished (§7.9).
 */
async function finish(req: RenderRequest, prepared: Prepared, chunks: DrawnChunk[], t2: number): Promise<RenderResult> {
  const { template, sink, drawn, t0, t1 } = prepared;
  const links: LinkRequest[] = [];
  const anchors: AnchorRequest[] = [];
  let layoutMs = 0;
  for (const [i, chunk] of chunks.entries()) {
    if (!chunk) throw new Error(`chunk ${i} was not drawn`);
    for (const d of chunk.diagnostics) sink.push(d);
    // Strict mode stops at the first chunk with a fatal diagnostic (a failed widget too); no PDF is produced.
    if (sink.hasErrors()) throw invalid(sink.list);
    links.push(...chunk.links);
    anchors.push(...chunk.anchors);
    layoutMs += chunk.layoutMs;
  }
  const size = { width: template.canvas.dimensions.width, height: template.canvas.dimensions.height };
  const { resolved, outline, allDests } = resolveNavigation(req, prepared, drawn, size, links, anchors);
  await finishDocument(req, prepared.loaded.kind, template, await joinChunks(chunks.map((c) => c.pdf)), {
    dests: allDests,
    links: resolved,
    outline,
    pageHeight: size.height,
  });
  const t3 = performance.now();

  return {
    pageCount: drawn,
    diagnostics: sink.list,
    // Chunk threads lay out at the same time as this thread, so layoutMs may exceed the wall time it spans.
    timings: { parseMs: t1 - t0, compileMs: 0, layoutMs, writeMs: t3 - t2 + Math.max(0, t2 - t1 - layoutMs) },
    stats: {
      widgets: template.widgets.length,
      links: resolved.length,
      destinations: allDests.length,
      outlineEntries: countOutline(outline),
    },
  };
}

function countOutline(nodes: { children: unknown[] }[]): number {
  let n = 0;
  const walk = (list: { children: unknown[] }[]) => {
    for (const node of list) {
      n++;
      walk(node.children as { children: unknown[] }[]);
    }
  };
  walk(nodes);
  return n;
}
