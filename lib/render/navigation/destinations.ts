// Destination ids (§4.1) and the destination set (§4.2): anchors, navigation.named_destinations and
// the per-page names Page_N / PageN.
import type { NamedDestination } from "@/lib/templates/types";
import type { AnchorRequest, DiagnosticSink } from "../model";

export type Fit = "Fit" | "FitH" | "FitV" | "XYZ";
export type Destination = { name: string; page: number; fit: Fit; left: number; top: number };

/** Same normalisation for anchors and link targets (D5): trim and lower-case. */
export function normaliseId(raw: string): string {
  return raw.trim().toLowerCase();
}

/** An id is usable when non-empty and free of unresolved-token characters. */
export function isUsableId(id: string): boolean {
  return id !== "" && !/[{}@]/.test(id);
}

const PAGE_NAME = /^page_?(\d+)$/i;

/** Page number addressed by a `Page_N`/`PageN` target, matched case-insensitively (D6). */
export function pageTargetOf(id: string): number | undefined {
  const m = PAGE_NAME.exec(id);
  return m?.[1] ? Number(m[1]) : undefined;
}

export function pageDestName(page: number): string {
  return `Page_${page}`;
}

export type DestinationSet = { byName: Map<string, Destination>; pageCount: number };

export function buildDestinations(
  anchors: AnchorRequest[],
  named: NamedDestination[],
  pageCount: number,
  pageHeight: number,
  strict: boolean,
  sink: DiagnosticSink,
): DestinationSet {
  const byName = new Map<string, Destination>();
  const fromAnchor = new Set<string>();
  // Anchors arrive in drawing order (page, then stacking order), so the last one wins (D7).
  for (const a of anchors) {
    const name = normaliseId(a.id);
    if (!isUsableId(name)) {
      sink.push({
        severity: strict ? "error" : "warning",
        code: "unresolved_token",
        path: `${a.path}.properties.dest_id`,
        page: a.page,
        widget_id: a.widgetId,
        message: `anchor id "${a.id}" is empty or has an unresolved token`,
      });
      continue;
    }
    if (PAGE_NAME.test(name)) {
      sink.push({
        severity: "info",
        code: "lint",
        path: `${a.path}.properties.dest_id`,
        page: a.page,
        widget_id: a.widgetId,
        message: `anchor id "${name}" looks like a page name`,
      });
    }
    if (byName.has(name)) {
      sink.push({
        severity: strict ? "error" : "warning",
        code: "duplicate_destination",
        path: `${a.path}.properties.dest_id`,
        page: a.page,
        widget_id: a.widgetId,
        message: `destination "${name}" is defined more than once; the last definition wins`,
      });
    }
    byName.set(name, { name, page: a.page, fit: "FitH", left: a.x, top: pageHeight - a.y });
    fromAnchor.add(name);
  }
  named.forEach((d, i) => {
    const name = normaliseId(d.id);
    const page = d.page;
    const path = `navigation.named_destinations[${i}]`;
    if (!isUsableId(name)) return;
    if (page > pageCount) {
      sink.push({
        severity: strict ? "error" : "warning",
        code: "dangling_link",
        path: `${path}.page`,
        message: `page ${page} is beyond the last page (${pageCount}); destination "${name}" dropped`,
      });
      return;
    }
    const dest: Destination = { name, page, fit: d.fit, left: d.x, top: pageHeight - d.y };
    // D2: an anchor with the same id wins; disagreeing definitions are reported.
    const anchored = fromAnchor.has(name) ? byName.get(name) : undefined;
    if (anchored) {
      if (anchored.page !== dest.page || Math.abs(anchored.top - dest.top) > 0.5 || Math.abs(anchored.left - dest.left) > 0.5) {
        sink.push({
          severity: strict ? "error" : "warning",
          code: "duplicate_destination",
          path: `${path}.id`,
          message: `destination "${name}" is also an anchor elsewhere; the anchor wins`,
        });
      }
      return;
    }
    byName.set(name, dest);
  });
  return { byName, pageCount };
}
