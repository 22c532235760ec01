// The renderer's entry point (contract in ./types). Pipeline (§7.9): load → count pages and check the
// limit → plan and draw pages in bounded chunks (each a separate react-pdf document, so memory does not
// grow with the page count) → resolve links and destinations → join chunks and write navigation,
// outline and Info with pdf-lib → write the file.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { invalid } from "./errors";
import { renderChunk } from "./document";
import { loadInput } from "./load-input";
import type { AnchorRequest, DiagnosticSink, LinkRequest, TemplateInput, WidgetInput } from "./model";
import { buildDestinations, normaliseId, pageDestName, type Destination } from "./navigation/destinations";
import { enlargeLinks, resolveLinks, shortLinks, type ResolvedLink } from "./navigation/links";
import { buildOutline } from "./navigation/outline";
import { joinChunks, writeInfo, writeNavigation } from "./pdf/finalise";
import { restoreSymbolEncodings } from "./pdf/symbolic-encoding";
import { createImageLoader, type LoadedImage } from "./images";
import { indexPages, loadImages, pageCountOf, planPage, type PlanInput } from "./plan";
import { renderOnePage } from "./render-page";
import { substitute } from "./render-tokens";
import { createSink } from "./sink";
import { TemplateRenderError, type InspectResult, type RenderOptions, type RenderRequest, type RenderResult } from "./types";

/** Pages per react-pdf document. Bounds react-pdf's in-memory layout tree regardless of page count. */
export const CHUNK_PAGES = 100;
// Kept in step with package.json; the Info dictionary's Creator/Producer (§7.7).
const PRODUCT = "Inkset v0.1.0";
const EPOCH = new Date(Date.UTC(1970, 0, 1));

function pageLimit(pages: number, maxPages: number, diagnostics: Diagnostic[]): TemplateRenderError {
  return new TemplateRenderError("PAGE_LIMIT", `PDF has ${pages} pages, exceeds limit of ${maxPages}`, [
    ...diagnostics,
    { severity: "error", code: "page_limit", path: "(root)", message: `${pages} pages exceed the limit of ${maxPages}` },
  ]);
}

function load(yaml: string, options: Pick<RenderOptions, "strict" | "maxPages" | "profile" | "constraintScope">) {
  return loadInput(yaml, {
    strict: options.strict,
    maxPages: options.maxPages,
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.constraintScope !== undefined ? { constraintScope: options.constraintScope } : {}),
  });
}

export function inspectDocument(yaml: string, options: RenderOptions): InspectResult {
  const loaded = load(yaml, options);
  const ok = loaded.template !== undefined && !loaded.diagnostics.some((d) => d.severity === "error");
  return { ok, diagnostics: loaded.diagnostics, ...(loaded.pageCount !== undefined ? { pageCount: loaded.pageCount } : {}), title: loaded.title, kind: loaded.kind };
}

/**
 * navigation.links (D3): a link for a widget that has none of its own. A widget that already links
 * elsewhere keeps its own link, with a lint note (§4.3).
 */
function navigationLinks(t: TemplateInput, own: LinkRequest[], sink: DiagnosticSink): LinkRequest[] {
  const targets = new Map<string, string>();
  for (const l of own) targets.set(l.widgetId, normaliseId(l.target));
  const byId = new Map(t.widgets.map((w) => [w.id, w]));
  const extra: LinkRequest[] = [];
  t.navigation.links.forEach((l, k) => {
    const w = byId.get(l.from_widget);
    if (!w) return;
    const path = `navigation.links[${k}]`;
    // A link_list's own links are its items' ({id}_{i}); any of them counts as the widget linking.
    const existing = targets.get(w.id) ?? (w.type === "link_list" ? [...targets].find(([id]) => id.startsWith(`${w.id}_`))?.[1] : undefined);
    if (existing !== undefined) {
      if (existing !== normaliseId(l.to_dest)) {
        sink.push({ severity: "info", code: "lint", path, widget_id: w.id, message: `widget "${w.id}" already links to "${existing}"; its own link wins` });
      }
      return;
    }
    extra.push({ page: w.page ?? 1, rect: w.position, target: l.to_dest, kind: "explicit", widgetId: w.id, widgetType: w.type, path, targetPath: `${path}.to_dest` });
  });
  return extra;
}

export async function renderDocument(req: RenderRequest): Promise<RenderResult> {
  if (req.previewPage !== undefined) return renderOnePage(req, req.previewPage);
  const t0 = performance.now();
  req.onProgress?.({ phase: "parse", done: 0, total: 1 });
  const loaded = load(req.yaml, req);
  const limit = loaded.diagnostics.find((d) => d.code === "page_limit" && d.severity === "error");
  if (limit) throw new TemplateRenderError("PAGE_LIMIT", limit.message, loaded.diagnostics);
  const sink = createSink(loaded.diagnostics);
  const template = loaded.template;
  if (!template || !loaded.profile || sink.hasErrors()) throw invalid(sink.list);
  req.onProgress?.({ phase: "parse", done: 1, total: 1 });
  // Projects are compiled inside loadDocument; report the phase so progress shows every step.
  if (loaded.kind === "project") req.onProgress?.({ phase: "compile", done: 1, total: 1 });
  const t1 = performance.now();

  const pageCount = pageCountOf(template);
  const maxPages = Math.min(req.maxPages, template.max_pages ?? Infinity);
  if (pageCount > maxPages) throw pageLimit(pageCount, maxPages, sink.list);
  const profile = loaded.profile;
  const size = { width: template.canvas.dimensions.width, height: template.canvas.dimensions.height };
  const images = new Map<WidgetInput, LoadedImage>();
  const loader = createImageLoader({ strict: req.strict, ...req.images, ...(req.assets ? { assetFiles: req.assets } : {}) });
  // §7.8: "today" defaults to the current UTC date, except in deterministic mode (D22).
  const today = req.today ?? (req.deterministic ? undefined : new Date().toISOString().slice(0, 10));
  const planInput: PlanInput = { template, profile, strict: req.strict, today, sink, images };
  const widgetsOf = indexPages(template);
  const drawn = req.previewPages ? Math.min(pageCount, req.previewPages) : pageCount;

  const links: LinkRequest[] = [];
  const anchors: AnchorRequest[] = [];
  const chunks: Uint8Array[] = [];
  let laidOut = 0;
  let painted = 0;
  let layoutMs = 0;
  for (let start = 1; start <= drawn; start += CHUNK_PAGES) {
    const tl = performance.now();
    const pages = [];
    const chunkPages = Array.from({ length: Math.min(drawn + 1, start + CHUNK_PAGES) - start }, (_, i) => start + i);
    await loadImages(widgetsOf, chunkPages, loader, images);
    for (let n = start; n < Math.min(drawn + 1, start + CHUNK_PAGES); n++) {
      const planned = planPage(planInput, widgetsOf, n, pageCount);
      links.push(...planned.links);
      anchors.push(...planned.anchors);
      pages.push(planned);
      req.onProgress?.({ phase: "layout", done: ++laidOut, total: drawn });
    }
    layoutMs += performance.now() - tl;
    // Strict mode stops at the first chunk with a fatal diagnostic; no PDF is produced.
    if (sink.hasErrors()) throw invalid(sink.list);
    images.clear();
    chunks.push(await renderChunk(pages, size, () => req.onProgress?.({ phase: "write", done: ++painted, total: drawn })));
    // A widget that failed while painting (paint-guard.ts) is fatal in strict mode too.
    if (sink.hasErrors()) throw invalid(sink.list);
  }
  const t2 = performance.now();

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
      sink.push({ severity: req.strict ? "error" : "warning", code: "constraint_touch", path: first?.path ?? "(root)", page: first?.page, widget_id: id, message: `link hit area is below ${profile.minTouchPt} pt` });
    }
  }
  const outline = buildOutline(template.navigation.outlines, dests, req.strict, sink, (title, page) => substitute(title, { page, PAGE: page, total_pages: pageCount, TOTAL_PAGES: pageCount }).text);
  if (sink.hasErrors()) throw invalid(sink.list);

  const allDests: Destination[] = [...dests.byName.values()];
  for (let n = 1; n <= drawn; n++) {
    // `top` is the page's top edge: unused by /Fit, it is where an explicit /FitH link lands (§4.3).
    allDests.push({ name: pageDestName(n), page: n, fit: "Fit", left: 0, top: size.height });
    allDests.push({ name: `Page${n}`, page: n, fit: "Fit", left: 0, top: size.height });
  }
  const doc = await joinChunks(chunks);
  chunks.length = 0;
  restoreSymbolEncodings(doc);
  writeNavigation(doc, allDests, resolved, outline, size.height, req.linkTargets ?? "named");
  const date = req.deterministic ? (loaded.kind === "project" ? createdAt(template.metadata.created) : EPOCH) : new Date();
  const id = createHash("sha256")
    .update(req.yaml)
    .update(JSON.stringify({ p: req.profile, s: req.strict, t: req.today, d: req.deterministic ? "" : date.toISOString(), ...nonDefaultOptions(req) }))
    .digest()
    .subarray(0, 16);
  writeInfo(doc, {
    title: template.metadata.name,
    subject: template.metadata.description ?? "",
    author: template.metadata.author || "Inkset",
    creator: PRODUCT,
    date,
    id,
  });
  // No object streams: pdf-lib would compress them with its pure-JS deflate, the slowest step of a
  // full-year render, for a few percent of file size.
  const bytes = await doc.save({ objectsPerTick: Infinity, useObjectStreams: false });
  await writeFile(req.outputPath, bytes);
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

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * §7.7: a project's Info dates are its `created_at` (carried into the compiled `metadata.created`).
 * A date-time without an offset is read as UTC, never in the server's TZ; anything unparseable, or
 * outside the years PDF dates can hold, falls back to the fixed epoch.
 */
function createdAt(created: string | undefined): Date {
  const m = ISO_DATE_TIME.exec(created?.trim() ?? "");
  if (!m) return EPOCH;
  const [, y, mo, d, h = "00", mi = "00", s = "00", zone] = m;
  const offset = !zone || zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  if (Number.isNaN(ms)) return EPOCH;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date : EPOCH;
}

/** Options that change the output, only when not at their default, so default renders keep their /ID. */
function nonDefaultOptions(req: RenderOptions): Record<string, string> {
  const out: Record<string, string> = {};
  if (req.touchTargets === "report") out.tt = req.touchTargets;
  if (req.linkTargets === "explicit") out.lt = req.linkTargets;
  if (req.constraintScope === "einkpdf") out.cs = req.constraintScope;
  return out;
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
