// Cross-field checks that zod cannot express per value: ids (§3.1, §2.7, D15), page assignments,
// navigation.links targets, page count (§2.8), off-page rectangles (§2.5) and notes on metadata.
import { lookupProfile, type DeviceProfile } from "./profiles";
import { isRecord, listAt, mapAt, widgetLists, type RawMap } from "./raw";
import { formatPath, type PathSegment } from "./paths";
import type { DiagnosticSink } from "./sink";
import { resolveLocale } from "./tokens/locales";
import type { Template, Widget } from "./types";

function checkUniqueIds(items: unknown[], base: PathSegment[], sink: DiagnosticSink): void {
  const seen = new Map<string, PathSegment[]>();
  items.forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== "string") return;
    const path = [...base, i, "id"];
    const first = seen.get(item.id);
    if (first) sink.add("error", "duplicate_id", path, `duplicate id "${item.id}" (first used at ${formatPath(first)})`);
    else seen.set(item.id, path);
  });
}

/** Checks on the raw document, so they are reported even when other parts fail the schema. */
export function checkRawReferences(doc: RawMap, sink: DiagnosticSink, userProfiles: readonly DeviceProfile[] = []): void {
  const profile = mapAt(doc, "metadata")?.profile;
  if (typeof profile === "string") {
    const lookup = lookupProfile(profile, userProfiles);
    if (!lookup.profile) {
      sink.add("error", "schema", ["metadata", "profile"], `unknown device profile "${profile}"`);
    } else if (lookup.aliasOf) {
      sink.add("warning", "deprecated", ["metadata", "profile"], `profile "${lookup.aliasOf}" is deprecated; use "${lookup.profile.id}"`);
    }
  }
  for (const list of widgetLists(doc)) checkUniqueIds(list.widgets, list.path, sink);
  const masters = listAt(doc, "masters");
  checkUniqueIds(masters, ["masters"], sink);
  const masterIds = new Set(masters.flatMap((m) => (isRecord(m) && typeof m.id === "string" ? [m.id] : [])));
  const assigned = new Map<number, number>();
  listAt(doc, "page_assignments").forEach((a, i) => {
    if (!isRecord(a)) return;
    const page = Number(a.page);
    const first = assigned.get(page);
    if (Number.isInteger(page) && first !== undefined) {
      sink.add("error", "schema", ["page_assignments", i, "page"], `page ${page} is already assigned at page_assignments[${first}]`);
    } else if (Number.isInteger(page)) assigned.set(page, i);
    if (typeof a.master_id === "string" && !masterIds.has(a.master_id)) {
      sink.add("error", "schema", ["page_assignments", i, "master_id"], `no master with id "${a.master_id}"`);
    }
  });
  const widgetIds = new Set<string>();
  for (const list of widgetLists(doc)) {
    for (const w of list.widgets) if (isRecord(w) && typeof w.id === "string") widgetIds.add(w.id);
  }
  listAt(mapAt(doc, "navigation"), "links").forEach((link, i) => {
    if (isRecord(link) && typeof link.from_widget === "string" && !widgetIds.has(link.from_widget)) {
      sink.add("error", "schema", ["navigation", "links", i, "from_widget"], `no widget with id "${link.from_widget}"`);
    }
  });
}

/** §2.8 on the raw document, so the limit is known before any widget is validated. */
export function rawPageCount(doc: RawMap): number {
  let pages = 1;
  for (const w of listAt(doc, "widgets")) {
    const page = isRecord(w) ? Number(w.page) : NaN;
    if (Number.isFinite(page)) pages = Math.max(pages, Math.floor(page));
  }
  for (const a of listAt(doc, "page_assignments")) {
    const page = isRecord(a) ? Number(a.page) : NaN;
    if (Number.isFinite(page)) pages = Math.max(pages, Math.floor(page));
  }
  return pages;
}

export function pageCount(template: Template): number {
  let pages = 1;
  for (const w of template.widgets) pages = Math.max(pages, w.page);
  for (const a of template.page_assignments) pages = Math.max(pages, a.page);
  return pages;
}

/** Widgets after link_list expansion (§2.1), counted on the raw document. */
export function rawWidgetCount(doc: RawMap): number {
  let count = 0;
  for (const list of widgetLists(doc)) {
    for (const w of list.widgets) {
      count++;
      const props = isRecord(w) && w.type === "link_list" ? mapAt(w, "properties") : undefined;
      if (props && Array.isArray(props.labels)) count += props.labels.length;
      else if (props && typeof props.count === "number" && Number.isFinite(props.count)) count += Math.max(0, props.count);
    }
  }
  return count;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function checkOffPage(widgets: Widget[], base: PathSegment[], template: Template, sink: DiagnosticSink): void {
  const { width, height } = template.canvas.dimensions;
  widgets.forEach((w, i) => {
    const p = w.position;
    // A 0.01-pt tolerance keeps rounded layouts (e.g. 445.3 wide pages) from warning.
    if (p.x + p.width > width + 0.01 || p.y + p.height > height + 0.01) {
      sink.add("warning", "off_page", [...base, i, "position"], `rectangle extends beyond the ${width} × ${height} pt page`, {
        page: w.page,
        widget_id: w.id,
      });
    }
  });
}

/**
 * §5.7: a calendar's own locale that is not supported is drawn in English. (day_list has no
 * `properties.locale` in §3.16; it follows metadata.locale, which load.ts checks.)
 */
function checkWidgetLocales(widgets: Widget[], base: PathSegment[], sink: DiagnosticSink): void {
  widgets.forEach((w, i) => {
    if (w.type !== "calendar") return;
    const locale = w.properties.locale;
    if (locale === undefined || !resolveLocale(locale).fallback) return;
    sink.add("warning", "locale_fallback", [...base, i, "properties", "locale"], `unsupported locale "${locale}", English used`, {
      page: w.page,
      widget_id: w.id,
    });
  });
}

/** Checks on the validated template. */
export function checkTemplate(template: Template, sink: DiagnosticSink): void {
  checkOffPage(template.widgets, ["widgets"], template, sink);
  template.masters.forEach((m, i) => checkOffPage(m.widgets, ["masters", i, "widgets"], template, sink));
  checkWidgetLocales(template.widgets, ["widgets"], sink);
  template.masters.forEach((m, i) => checkWidgetLocales(m.widgets, ["masters", i, "widgets"], sink));
  if (!ISO_DATE.test(template.metadata.created.trim())) {
    sink.add("info", "lint", ["metadata", "created"], "is not an ISO-8601 date or date-time");
  }
  const ex = template.export;
  if (!ex.modes.includes(ex.default_mode)) {
    sink.add("warning", "schema", ["export", "default_mode"], `${ex.default_mode} is not one of export.modes`);
  }
  if (ex.linearized) sink.add("warning", "schema", ["export", "linearized"], "linearized output is not produced");
}
