// The editor's page view: one page of a template or project, drawn exactly as in the full PDF (same
// plan, tokens see the real page number and count) but alone, so page 400 of a year planner costs
// one page, not 400. The file has no links or outline (the other pages are not in it); the result
// carries them instead (navigation/page-navigation.ts), with which widgets the page holds and where
// the author edits each one (the master, for a project).
import { writeFile } from "node:fs/promises";
import { createPdfWriter } from "./document";
import { invalid, RENDER_SINK } from "./errors";
import { createImageLoader, type LoadedImage } from "./images";
import { loadForRender } from "./load-input";
import { normaliseId } from "./navigation/destinations";
import { documentDestinations, pageNavigation } from "./navigation/page-navigation";
import { restoreSymbolEncodings } from "./pdf/symbolic-encoding";
import { writePdf } from "./pdf/write";
import { ParseSpeeds, PDFDocument } from "pdf-lib";
import { indexPages, loadImages, pageCountOf, planPage } from "./plan";
import { DiagnosticSink } from "@/lib/templates/sink";
import type { Widget } from "@/lib/templates/types";
import { TemplateRenderError, type RenderRequest, type RenderResult } from "@/lib/render-contract/types";

export async function renderOnePage(req: RenderRequest, page: number): Promise<RenderResult> {
  const t0 = performance.now();
  const loaded = loadForRender(req);
  const limit = loaded.diagnostics.find((d) => d.code === "page_limit" && d.severity === "error");
  if (limit) throw new TemplateRenderError("PAGE_LIMIT", limit.message, loaded.diagnostics);
  const sink = new DiagnosticSink(RENDER_SINK, loaded.diagnostics);
  const template = loaded.template;
  if (!template || !loaded.profile || sink.hasErrors()) throw invalid(sink.list);
  const pageCount = pageCountOf(template);
  const today = req.today ?? (req.deterministic ? undefined : new Date().toISOString().slice(0, 10));
  const widgetsOf = indexPages(template);
  const images = new Map<Widget, LoadedImage>();
  const planInput = { template, profile: loaded.profile, strict: req.strict, today, sink, images, variables: req.variables };
  const dests = documentDestinations(planInput, widgetsOf, pageCount);
  // A destination id (`day:2026-03-14`, compared as §4.1 normalises ids) picks the page it is on.
  if (req.previewDestination) page = dests.byName.get(normaliseId(req.previewDestination))?.page ?? page;
  if (page > pageCount) {
    throw new TemplateRenderError(
      "TEMPLATE_INVALID",
      `Page ${page} does not exist; the document has ${pageCount} page${pageCount === 1 ? "" : "s"}`,
      sink.list,
    );
  }
  const t1 = performance.now();

  const size = { width: template.canvas.dimensions.width, height: template.canvas.dimensions.height };
  const loader = createImageLoader({ strict: req.strict, ...req.images, ...(req.assets ? { assetFiles: req.assets } : {}) });
  await loadImages(widgetsOf, [page], loader, images);
  const planned = planPage(planInput, widgetsOf, page, pageCount);
  if (sink.hasErrors()) throw invalid(sink.list);
  const t2 = performance.now();
  const writer = createPdfWriter(size);
  writer.addPages([planned], () => {});
  const doc = await PDFDocument.load(await writer.end(), { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  restoreSymbolEncodings(doc);
  await writeFile(req.outputPath, await writePdf(doc));
  const toSource = loaded.sourcePath ?? ((p: string) => p);
  const widgets = widgetsOf(page).map(({ w, path }) => ({ id: w.id, type: w.type, path: toSource(path), position: { ...w.position } }));
  const { links, outline, warnings } = pageNavigation(planInput, dests, page, planned.links, req.touchTargets === "report");
  return {
    pageCount: 1,
    // The page's link check after its drawing's diagnostics: the editor lists both under the page.
    diagnostics: [...sink.list, ...warnings],
    timings: { parseMs: t1 - t0, compileMs: 0, layoutMs: t2 - t1, writeMs: performance.now() - t2 },
    stats: { widgets: widgets.length, links: links.length, destinations: dests.byName.size, outlineEntries: 0 },
    page: { number: page, documentPages: pageCount, size, widgets, links, outline },
  };
}
