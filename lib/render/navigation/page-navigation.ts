// The navigation of one page drawn alone (the editor's page view): its links with the page each one
// opens and the document's outline, resolved against the destinations of the WHOLE document, as the
// full render would write them into the PDF. Only anchor widgets make destinations, so every page's
// anchors are collected without drawing anything else.
import type { PagePreviewLink, PagePreviewOutlineItem } from "@/lib/render-contract/types";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { DiagnosticSink } from "@/lib/templates/sink";
import type { Template, WidgetOf } from "@/lib/templates/types";
import type { AnchorRequest, LinkRequest } from "../model";
import type { indexPages } from "../page-index";
import type { PlanInput } from "../plan";
import { createContext, type Collected, type WidgetContext } from "../widget-context";
import { buildAnchor } from "../widgets/anchor";
import { buildTapZone } from "../widgets/tap-zone";
import { buildDestinations, pageTargetOf, type DestinationSet } from "./destinations";
import { enlargeLinks, resolveLinks, shortLinks } from "./links";
import { navigationLinks } from "./navigation-links";
import { buildOutline, outlineTitle, type OutlineNode } from "./outline";
import { internalLinkOf, linkListItemOf } from "./widget-links";

type WidgetsOf = ReturnType<typeof indexPages>;

/**
 * Every anchor of the document in drawing order (page, then stacking order), as planPage records them,
 * and with `links` every explicit link of its link widgets too (the editor's link check): neither needs
 * anything drawn.
 */
export function documentNavigation(
  input: PlanInput,
  widgetsOf: WidgetsOf,
  pageCount: number,
  sink: DiagnosticSink,
  links = false,
): Pick<Collected, "anchors" | "links"> {
  const { template: t } = input;
  const collected: Collected = { steps: [], links: [], anchors: [], fillArea: 0, text: new Map() };
  const pageSize = { width: t.canvas.dimensions.width, height: t.canvas.dimensions.height };
  for (let page = 1; page <= pageCount; page++) {
    for (const { w, path } of widgetsOf(page)) {
      const linking = links && (w.type === "internal_link" || w.type === "link_list" || w.type === "tap_zone");
      if (w.type !== "anchor" && !linking) continue;
      const base = {
        w,
        path,
        page,
        pageCount,
        pageSize,
        profile: input.profile,
        strict: false,
        locale: t.metadata.locale,
        today: input.today,
        sink,
        variables: input.variables,
      };
      const ctx = createContext(base, collected);
      if (w.type === "anchor") buildAnchor(ctx as WidgetContext<WidgetOf<"anchor">>);
      else if (w.type === "tap_zone") buildTapZone(ctx as WidgetContext<WidgetOf<"tap_zone">>);
      else if (w.type === "internal_link") {
        const link = internalLinkOf(ctx as WidgetContext<WidgetOf<"internal_link">>);
        ctx.link(w.position, link.target, "explicit", link.extra);
      } else if (w.type === "link_list") {
        const list = ctx as WidgetContext<WidgetOf<"link_list">>;
        for (let i = 0; i < list.w.properties.labels.length; i++) {
          // The item's own rectangle only matters to hit areas, which this pass does not check.
          const link = linkListItemOf(list, i);
          ctx.link(w.position, link.target, "explicit", link.extra);
        }
      }
    }
  }
  return collected;
}

/**
 * The destination set of the whole document. Its diagnostics go to a scratch sink, like the rest of
 * this file's: the preview reports its page's drawing, not the navigation of pages it did not draw.
 */
export function documentDestinations(input: PlanInput, widgetsOf: WidgetsOf, pageCount: number): DestinationSet {
  const scratch = new DiagnosticSink();
  return destinationsOf(input.template, documentNavigation(input, widgetsOf, pageCount, scratch).anchors, pageCount, scratch);
}

/** The destinations the document's anchors, named destinations and pages make (§4.2), never strict. */
export function destinationsOf(t: Template, anchors: AnchorRequest[], pageCount: number, sink: DiagnosticSink): DestinationSet {
  return buildDestinations(anchors, t.navigation.named_destinations, pageCount, t.canvas.dimensions.height, false, sink);
}

/** Hundredths of a point: below a pixel at any size the page view draws, and short JSON. */
const round = (v: number) => Math.round(v * 100) / 100;

const pageOfDest = (dests: DestinationSet, dest: string): number | null => pageTargetOf(dest) ?? dests.byName.get(dest)?.page ?? null;

/**
 * The page's links (its own and navigation.links from its widgets), hit areas grown as in the PDF
 * (§4.4, unless `touch_targets: report`), the outline with each entry's page, and the link check of
 * this page as the full render reports it: links whose target no page defines (§4.6) and hit areas
 * still below the device's minimum, as warnings (the preview is never strict).
 */
export function pageNavigation(
  input: PlanInput,
  dests: DestinationSet,
  page: number,
  pageLinks: LinkRequest[],
  report: boolean,
): { links: PagePreviewLink[]; outline: PagePreviewOutlineItem[]; warnings: Diagnostic[] } {
  const { template: t } = input;
  const scratch = new DiagnosticSink();
  const checks = new DiagnosticSink();
  const requests = [...pageLinks, ...navigationLinks(t, pageLinks, scratch).filter((l) => l.page === page)];
  const resolved = resolveLinks(requests, dests, false, checks);
  const size = { width: t.canvas.dimensions.width, height: t.canvas.dimensions.height };
  const minTouch = input.profile.minTouchPt;
  for (const id of report ? shortLinks(resolved, minTouch) : enlargeLinks(resolved, minTouch, size)) {
    const first = resolved.find((l) => l.widgetId === id);
    checks.push({
      severity: "warning",
      code: "constraint_touch",
      path: first?.path ?? "(root)",
      page,
      widget_id: id,
      message: `link hit area is below ${minTouch} pt`,
    });
  }
  const links = resolved.flatMap(({ rect: r, dest }): PagePreviewLink[] => {
    const target = pageOfDest(dests, dest);
    return target === null ? [] : [{ rect: [round(r.x), round(r.y), round(r.x + r.width), round(r.y + r.height)], page: target }];
  });
  const nodes = buildOutline(t.navigation.outlines, dests, false, scratch, outlineTitle(dests.pageCount));
  const toItem = (n: OutlineNode): PagePreviewOutlineItem => ({
    title: n.title,
    page: pageOfDest(dests, n.dest),
    children: n.children.map(toItem),
  });
  // Only this page's links were resolved, so a count of the rest past the listed ones is about this page too.
  const warnings = checks.list.filter((d) => d.severity === "warning").map((d) => (d.page === undefined ? { ...d, page } : d));
  return { links, outline: nodes.map(toItem), warnings };
}
