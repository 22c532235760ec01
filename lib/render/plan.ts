// Turns a validated template into per-page plans: paint steps in stacking order (§7.9 step 4), link
// requests with nominal rectangles and anchors. Pure apart from the diagnostics sink.
import type { Template, Widget } from "@/lib/templates/types";
import type { AnchorRequest, DiagnosticSink, LinkRequest, RenderProfile } from "./model";
import { guardPaintStep, type PaintSite } from "./paint-guard";
import { reportFontFallback } from "./text-font";
import { buildWidget } from "./widgets";
import { createContext, type Collected, type ImageStep } from "./widget-context";
import type { PaintStep } from "./model";
import type { ImageLoader, LoadedImage } from "./images";
import { paintKey } from "./paint-key";
import type { Located } from "./page-index";

// The page index has no drawing code, so the editor's link check (in the browser) can use it too.
export { indexPages, pageCountOf } from "./page-index";

/** Steps `from`..`to` (exclusive) draw one page-independent widget whose drawing `key` names (paint-key.ts). */
export type SharedSteps = { from: number; to: number; key: string };

export type PlannedPage = {
  page: number;
  steps: (PaintStep | ImageStep)[];
  /** In step order; the writer draws each once per document and reuses it (shared-paint.ts). */
  shared: SharedSteps[];
  links: LinkRequest[];
  anchors: AnchorRequest[];
  fillArea: number;
};

export type PlanInput = {
  template: Template;
  profile: RenderProfile;
  strict: boolean;
  today?: string;
  sink: DiagnosticSink;
  images?: ReadonlyMap<Widget, LoadedImage>;
  /** The job's render-time variables (RenderOptions.variables). */
  variables?: Readonly<Record<string, string | number | boolean>>;
};

export function planPage(input: PlanInput, widgetsOf: (page: number) => Located[], page: number, pageCount: number): PlannedPage {
  const { template: t, profile, sink } = input;
  const collected: Collected = { steps: [], links: [], anchors: [], fillArea: 0, text: new Map() };
  const shared: SharedSteps[] = [];
  const pageSize = { width: t.canvas.dimensions.width, height: t.canvas.dimensions.height };
  // D26: the canvas background is painted under everything, unless it is white (already grey on a
  // monochrome profile when the constraint scope covers it, like every author-set colour).
  const bg = t.canvas.background;
  if (bg !== "#FFFFFF") {
    collected.fillArea += pageSize.width * pageSize.height;
    collected.steps.push((p) => p.rect(0, 0, pageSize.width, pageSize.height).fill(bg));
  }
  for (const { w, path } of widgetsOf(page)) {
    const before = { steps: collected.steps.length, links: collected.links.length, anchors: collected.anchors.length };
    try {
      collected.text.clear();
      const ctx = createContext(
        {
          w,
          path,
          page,
          pageCount,
          pageSize,
          profile,
          strict: input.strict,
          locale: t.metadata.locale,
          today: input.today,
          sink,
          images: input.images,
          variables: input.variables,
        },
        collected,
      );
      // A link_list's own background_color fills its items instead of the whole widget (§3.17).
      const wbg = w.type === "link_list" && w.properties.background_color !== undefined ? null : w.background_color;
      if (wbg) ctx.fillRect(w.position, wbg);
      buildWidget(ctx);
      // One §8.3 report per widget and font, naming every character it had to draw in a fallback face.
      for (const { font, chars } of collected.text.values())
        reportFontFallback(font, [...chars].join(""), sink, `${path}.styling.font`, w.id, page);
      const site = { path, page, widgetId: w.id };
      const failed = (message: string) => reportPaintFailure(sink, input.strict, site, message);
      let onlyPaint = true;
      for (let i = before.steps; i < collected.steps.length; i++) {
        const step = collected.steps[i]!;
        if (typeof step === "function") collected.steps[i] = guardPaintStep(step, failed, site);
        else onlyPaint = false;
      }
      if (onlyPaint && !ctx.pageDependent && collected.steps.length > before.steps) {
        const key = paintKey(w);
        if (key !== undefined) shared.push({ from: before.steps, to: collected.steps.length, key });
      }
    } catch (err) {
      // D30: a failing widget is skipped (non-strict) or fails the document (strict), in one pass.
      collected.steps.length = before.steps;
      collected.links.length = before.links;
      collected.anchors.length = before.anchors;
      sink.push({
        severity: input.strict ? "error" : "warning",
        code: "widget_failed",
        path,
        page,
        widget_id: w.id,
        message: `widget skipped: ${err instanceof Error ? err.message : "unknown failure"}`,
      });
    }
  }
  // §7.5: the fill fraction is approximated by the sum of rectangles; reported, never fixed.
  const fraction = collected.fillArea / (pageSize.width * pageSize.height);
  if (fraction > profile.maxGrayFill) {
    sink.push({
      severity: input.strict ? "warning" : "info",
      code: "gray_fill_area",
      path: "(root)",
      page,
      message: `page ${page}: ${Math.round(fraction * 100)}% of the page is filled (profile ${profile.id} allows ${Math.round(profile.maxGrayFill * 100)}%)`,
    });
  }
  return { page, ...collected, shared };
}

/** D30: a widget whose paint step failed is reported (warning, or error in strict mode) and left out. */
export function reportPaintFailure(sink: DiagnosticSink, strict: boolean, site: PaintSite, message: string): void {
  sink.push({
    severity: strict ? "error" : "warning",
    code: "widget_failed",
    path: site.path,
    page: site.page,
    widget_id: site.widgetId,
    message,
  });
}

/** Loads the images of the given pages' image widgets (data URIs, assets, allow-listed hosts, §9). */
export async function loadImages(
  widgetsOf: (page: number) => Located[],
  pages: number[],
  loader: ImageLoader,
  into: Map<Widget, LoadedImage>,
): Promise<void> {
  for (const page of pages) {
    for (const { w, path } of widgetsOf(page)) {
      if (w.type !== "image" || into.has(w)) continue;
      const { image_data: data = "", image_src: src = "" } = w.properties;
      const field = data !== "" ? "image_data" : "image_src";
      const ref = field === "image_data" ? data : src;
      if (ref === "") continue;
      into.set(w, await loader.load(ref, `${path}.properties.${field}`, { field, widgetId: w.id }));
    }
  }
}
