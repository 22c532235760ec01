// The link check of a whole plain template without drawing it, for the editor's check as you type
// (lib/templates/quick-check.ts): every explicit link resolved against every destination as the full
// render resolves them (§4.6), and the dangling ones reported in the render's words. A project's come
// from the compiler's link pass instead. Only anchors and link widgets are visited, nothing is laid out.
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { DiagnosticSink } from "@/lib/templates/sink";
import type { Template } from "@/lib/templates/types";
import type { RenderProfile } from "../model";
import { indexPages, pageCountOf } from "../page-index";
import { resolveLinks } from "./links";
import { navigationLinks } from "./navigation-links";
import { destinationsOf, documentNavigation } from "./page-navigation";

/**
 * These draw links of their own (generated, never dangling) that this check does not lay out; the render
 * lets such a widget's own links win over navigation.links, so its entries there are left out here.
 */
const GENERATES_LINKS: ReadonlySet<string> = new Set(["calendar", "table", "day_list"]);

export function danglingLinks(template: Template, profile: RenderProfile): Diagnostic[] {
  const widgetsOf = indexPages(template);
  const pageCount = pageCountOf(template);
  // Tokens, anchors and suppressed links are the render's to report; this check adds only dangling links.
  const scratch = new DiagnosticSink();
  const input = { template, profile, strict: false, sink: scratch };
  const { anchors, links } = documentNavigation(input, widgetsOf, pageCount, scratch, true);
  const dests = destinationsOf(template, anchors, pageCount, scratch);
  const checks = new DiagnosticSink();
  const byId = new Map(template.widgets.map((w) => [w.id, w.type]));
  const fromNavigation = navigationLinks(template, links, scratch).filter((l) => !GENERATES_LINKS.has(byId.get(l.widgetId) ?? ""));
  resolveLinks([...links, ...fromNavigation], dests, false, checks);
  return checks.list.filter((d) => d.code === "dangling_link");
}
