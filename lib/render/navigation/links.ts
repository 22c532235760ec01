// Link resolution (§4.6) and touch-target enlargement with the non-overlap rule (§4.4).
import { DANGLING_REPORT_LIMIT, danglingMessage, danglingRestMessage } from "@/lib/templates/dangling";
import type { DiagnosticSink, LinkRequest, Rect } from "../model";
import { isUsableId, normaliseId, pageDestName, pageTargetOf, type DestinationSet } from "./destinations";

export type ResolvedLink = { page: number; nominal: Rect; rect: Rect; dest: string; widgetId: string; path: string };

export function resolveLinks(requests: LinkRequest[], dests: DestinationSet, strict: boolean, sink: DiagnosticSink): ResolvedLink[] {
  const out: ResolvedLink[] = [];
  const dangling: { request: LinkRequest; target: string }[] = [];
  for (const r of requests) {
    const at = { path: r.targetPath ?? r.path, page: r.page, widget_id: r.widgetId };
    const target = normaliseId(r.target);
    if (r.pageTarget === undefined && (!isUsableId(target) || target.endsWith(":"))) {
      sink.push({ severity: "info", code: "link_suppressed", ...at, message: `link target "${r.target}" is empty; no link` });
      continue;
    }
    const page = r.pageTarget ?? pageTargetOf(target);
    let dest: string | undefined;
    if (page !== undefined) dest = page >= 1 && page <= dests.pageCount ? pageDestName(page) : undefined;
    else if (dests.byName.has(target)) dest = target;
    if (dest === undefined) {
      if (r.kind === "explicit") dangling.push({ request: r, target });
      else sink.push({ severity: "info", code: "link_dropped", ...at, message: `link target "${target}" is not in this document` });
      continue;
    }
    out.push({ page: r.page, nominal: r.rect, rect: r.rect, dest, widgetId: r.widgetId, path: r.path });
  }
  reportDangling(dangling, strict, sink);
  return out;
}

/** §4.6: the first 20 as warnings that drop the link (errors in strict mode), then a count of the rest. */
function reportDangling(dangling: { request: LinkRequest; target: string }[], strict: boolean, sink: DiagnosticSink): void {
  const severity = strict ? "error" : "warning";
  for (const { request: r, target } of dangling.slice(0, DANGLING_REPORT_LIMIT)) {
    const message = danglingMessage({ page: r.page, widgetType: r.widgetType, widgetId: r.widgetId, label: r.label, target });
    sink.push({ severity, code: "dangling_link", path: r.targetPath ?? r.path, page: r.page, widget_id: r.widgetId, message });
  }
  const rest = danglingRestMessage(dangling.length);
  if (rest) sink.push({ severity, code: "dangling_link", path: "(root)", message: rest });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Grow each rectangle, centred, to at least `min` per side, staying on the page and out of other links'
 * nominal rectangles; where two grown rectangles meet, the gap between their nominal rectangles is split
 * at the midpoint. Links of one page only; returns widget ids still short of the minimum.
 */
export function enlargeLinks(links: ResolvedLink[], min: number, page: { width: number; height: number }): Set<string> {
  const short = new Set<string>();
  // Each link's hit area grown centred to the minimum and clamped to the page, before any neighbour rule.
  const grown = links.map(({ nominal: n }): Rect => {
    const growX = Math.max(0, (min - n.width) / 2);
    const growY = Math.max(0, (min - n.height) / 2);
    const left = Math.max(0, n.x - growX);
    const top = Math.max(0, n.y - growY);
    return {
      x: left,
      y: top,
      width: Math.min(page.width, n.x + n.width + growX) - left,
      height: Math.min(page.height, n.y + n.height + growY) - top,
    };
  });
  links.forEach((link, i) => {
    const n = link.nominal;
    const g = grown[i] as Rect;
    let left = g.x;
    let right = g.x + g.width;
    let top = g.y;
    let bottom = g.y + g.height;
    if (g.width > n.width || g.height > n.height) {
      links.forEach((other, j) => {
        if (i === j) return;
        const o = other.nominal;
        if (overlaps(n, o)) return;
        const current = { x: left, y: top, width: right - left, height: bottom - top };
        // Never into another link's nominal rectangle, and never into its grown one (§4.4).
        if (!overlaps(current, o) && !overlaps(current, grown[j] as Rect)) return;
        // Split the gap at the midpoint on the axis where the nominal rectangles are separated.
        const vSep = o.y >= n.y + n.height || o.y + o.height <= n.y;
        const hSep = o.x >= n.x + n.width || o.x + o.width <= n.x;
        if (hSep && (!vSep || Math.abs(o.x - n.x) >= Math.abs(o.y - n.y))) {
          if (o.x >= n.x + n.width) right = Math.min(right, (n.x + n.width + o.x) / 2);
          else left = Math.max(left, (o.x + o.width + n.x) / 2);
        } else if (o.y >= n.y + n.height) bottom = Math.min(bottom, (n.y + n.height + o.y) / 2);
        else top = Math.max(top, (o.y + o.height + n.y) / 2);
      });
    }
    link.rect = { x: left, y: top, width: right - left, height: bottom - top };
    if (link.rect.width < min - 1e-6 || link.rect.height < min - 1e-6) short.add(link.widgetId);
  });
  return short;
}

/** `touch_targets: report` (§4.4): rectangles stay nominal; returns widget ids with a side below `min`. */
export function shortLinks(links: ResolvedLink[], min: number): Set<string> {
  const short = new Set<string>();
  for (const link of links) {
    if (link.nominal.width < min - 1e-6 || link.nominal.height < min - 1e-6) short.add(link.widgetId);
  }
  return short;
}
