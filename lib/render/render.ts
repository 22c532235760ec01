// The renderer's entry point (contract in lib/render-contract). Pipeline (§7.9), one function per phase:
// loadChecked (load, count pages, check the limit) → drawPages (plan pages in bounded chunks and paint
// them into one pdfkit document, so memory does not grow with the page count) → resolveNavigation
// (links, destinations, outline) → finishDocument (navigation, outline and Info with pdf-lib, then the
// file with object streams, pdf/write.ts).
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { invalid, RENDER_SINK } from "./errors";
import { createPdfWriter } from "./document";
import { loadForRender } from "./load-input";
import type { AnchorRequest, LinkRequest, RenderProfile } from "./model";
import { buildDestinations, normaliseId, pageDestName, type Destination } from "./navigation/destinations";
import { enlargeLinks, resolveLinks, shortLinks, type ResolvedLink } from "./navigation/links";
import { buildOutline, outlineTitle } from "./navigation/outline";
import { finishDocument } from "./finish-document";
import { createImageLoader, type LoadedImage } from "./images";
import { CHUNK_PAGES } from "./chunking";
import { indexPages, loadImages, pageCountOf, planPage, reportPaintFailure, type PlanInput, type PlannedPage } from "./plan";
import { replayPages } from "./parallel/recording";
import { startPlannerThread, wantsPlanner, type PlannerThread } from "./parallel/planner-thread";
import { renderOnePage } from "./render-page";
import { navigationLinks } from "./navigation/navigation-links";
import { pageLimitMessage } from "@/lib/templates/page-limit";
import type { Template, Widget } from "@/lib/templates/types";
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

/**
 * Plan pages 1..drawn CHUNK_PAGES at a time and paint them into one pdfkit document, so the paint
 * steps and images held in memory do not grow with the page count. Collects links and anchors. A large
 * document's later chunks are planned by a planner thread meanwhile (parallel/), and replayed here in
 * page order: the same pdfkit calls in the same order, so the same bytes.
 */
async function drawPages(req: RenderRequest, { template, profile, sink, pageCount }: Ready, drawn: number, size: PageSize) {
  const images = new Map<Widget, LoadedImage>();
  const loader = createImageLoader({ strict: req.strict, ...req.images, ...(req.assets ? { assetFiles: req.assets } : {}) });
  // §7.8: "today" defaults to the current UTC date, except in deterministic mode (D22).
  const today = req.today ?? (req.deterministic ? undefined : new Date().toISOString().slice(0, 10));
  const planInput: PlanInput = { template, profile, strict: req.strict, today, sink, images, variables: req.variables };
  const widgetsOf = indexPages(template);
  const planner = wantsPlanner(req.planner, template, drawn, CHUNK_PAGES)
    ? startPlannerThread(req.planner, { template, profile, strict: req.strict, today, pageCount, from: CHUNK_PAGES + 1, to: drawn })
    : null;

  const links: LinkRequest[] = [];
  const anchors: AnchorRequest[] = [];
  const writer = createPdfWriter(size);
  let laidOut = 0;
  let painted = 0;
  let layoutMs = 0;
  try {
    for (let start = 1; start <= drawn; start += CHUNK_PAGES) {
      const end = Math.min(drawn, start + CHUNK_PAGES - 1);
      const tl = performance.now();
      const onPlanned = () => req.onProgress?.({ phase: "layout", done: ++laidOut, total: drawn });
      const pages =
        planner && start > 1
          ? await plannedByThread(planner, req, sink, onPlanned)
          : await planChunk(planInput, widgetsOf, loader, start, end, pageCount, onPlanned);
      for (const planned of pages) {
        links.push(...planned.links);
        anchors.push(...planned.anchors);
      }
      layoutMs += pages.layoutMs ?? performance.now() - tl;
      // Strict mode stops at the first chunk with a fatal diagnostic; no PDF is produced.
      if (sink.hasErrors()) throw invalid(sink.list);
      images.clear();
      writer.addPages(pages, () => req.onProgress?.({ phase: "write", done: ++painted, total: drawn }));
      // A widget that failed while painting (paint-guard.ts) is fatal in strict mode too.
      if (sink.hasErrors()) throw invalid(sink.list);
    }
  } finally {
    await planner?.close();
  }
  return { writer, links, anchors, layoutMs };
}

type Chunk = PlannedPage[] & { layoutMs?: number };

async function planChunk(
  input: PlanInput,
  widgetsOf: ReturnType<typeof indexPages>,
  loader: ReturnType<typeof createImageLoader>,
  start: number,
  end: number,
  pageCount: number,
  onPlanned: () => void,
): Promise<Chunk> {
  const numbers = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  await loadImages(widgetsOf, numbers, loader, input.images as Map<Widget, LoadedImage>);
  return numbers.map((n) => {
    const planned = planPage(input, widgetsOf, n, pageCount);
    onPlanned();
    return planned;
  });
}

/** The planner thread's next chunk: its diagnostics into this render's sink, its steps ready to replay. */
async function plannedByThread(planner: PlannerThread, req: RenderRequest, sink: DiagnosticSink, onPlanned: () => void): Promise<Chunk> {
  const { chunk, diagnostics, layoutMs } = await planner.next();
  for (const d of diagnostics) sink.push(d);
  const pages: Chunk = replayPages(chunk, (site, message) => reportPaintFailure(sink, req.strict, site, message));
  for (let i = 0; i < pages.length; i++) onPlanned();
  pages.layoutMs = layoutMs;
  return pages;
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

export async function renderDocument(req: RenderRequest): Promise<RenderResult> {
  if (req.previewPage !== undefined) return renderOnePage(req, req.previewPage);
  const t0 = performance.now();
  const ready = loadChecked(req);
  const { template, sink, pageCount } = ready;
  const t1 = performance.now();

  const size = { width: template.canvas.dimensions.width, height: template.canvas.dimensions.height };
  const drawn = req.previewPages ? Math.min(pageCount, req.previewPages) : pageCount;
  const { writer, links, anchors, layoutMs } = await drawPages(req, ready, drawn, size);
  const t2 = performance.now();

  const { resolved, outline, allDests } = resolveNavigation(req, ready, drawn, size, links, anchors);
  await finishDocument(req, ready.loaded.kind, template, await writer.end(), {
    dests: allDests,
    links: resolved,
    outline,
    pageHeight: size.height,
  });
  const t3 = performance.now();

  return {
    pageCount: drawn,
    diagnostics: sink.list,
    timings: { parseMs: t1 - t0, compileMs: 0, layoutMs, writeMs: t3 - t2 + (t2 - t1 - layoutMs) },
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
