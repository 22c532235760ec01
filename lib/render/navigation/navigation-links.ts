// navigation.links (D3): links the navigation section adds to widgets that have none of their own;
// the full render and the one-page preview both resolve them.
import type { Template } from "@/lib/templates/types";
import type { DiagnosticSink, LinkRequest } from "../model";
import { normaliseId } from "./destinations";

/**
 * navigation.links (D3): a link for a widget that has none of its own. A widget that already links
 * elsewhere keeps its own link, with a lint note (§4.3).
 */
export function navigationLinks(t: Template, own: LinkRequest[], sink: DiagnosticSink): LinkRequest[] {
  const targets = new Map<string, string>();
  for (const l of own) targets.set(l.widgetId, normaliseId(l.target));
  const byId = new Map(t.widgets.map((w) => [w.id, w]));
  const extra: LinkRequest[] = [];
  t.navigation.links.forEach((l, k) => {
    const w = byId.get(l.from_widget);
    if (!w) return;
    const path = `navigation.links[${k}]`;
    // A link_list's own links are its items' ({id}_{i}); any of them counts as the widget linking.
    const existing =
      targets.get(w.id) ?? (w.type === "link_list" ? [...targets].find(([id]) => id.startsWith(`${w.id}_`))?.[1] : undefined);
    if (existing !== undefined) {
      if (existing !== normaliseId(l.to_dest)) {
        sink.push({
          severity: "info",
          code: "lint",
          path,
          widget_id: w.id,
          message: `widget "${w.id}" already links to "${existing}"; its own link wins`,
        });
      }
      return;
    }
    extra.push({
      page: w.page,
      rect: w.position,
      target: l.to_dest,
      kind: "explicit",
      widgetId: w.id,
      widgetType: w.type,
      path,
      targetPath: `${path}.to_dest`,
    });
  });
  return extra;
}
