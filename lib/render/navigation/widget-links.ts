// The explicit links (§4.6) of the link widgets apart from their drawing: the builders draw and then
// link with these, and the editor's link check (link-check.ts) links without drawing, so both name the
// same targets, labels and paths. tap_zone draws nothing, so its builder serves both as it is.
import type { WidgetOf } from "@/lib/templates/types";
import type { LinkExtra, WidgetContext } from "../widget-context";
import { isUsableId, normaliseId } from "./destinations";

export type WidgetLink = { target: string; extra: LinkExtra };

/** internal_link (§3.13): the label it draws and the destination it links to. */
export function internalLinkOf(ctx: WidgetContext<WidgetOf<"internal_link">>): WidgetLink {
  const label = ctx.text(ctx.w.content);
  return { target: ctx.target(ctx.w.properties.to_dest ?? ""), extra: { label, property: "properties.to_dest" } };
}

/**
 * link_list item `i` (§3.17). An item whose target is empty (or still a token) is `skipped`: nothing is
 * drawn and it has no label, but it is still linked, so link resolution reports it as link_suppressed.
 */
export function linkListItemOf(ctx: WidgetContext<WidgetOf<"link_list">>, i: number): WidgetLink & { skipped: boolean } {
  const { labels, destinations } = ctx.w.properties;
  const target = ctx.target(destinations[i] ?? "");
  const normalised = normaliseId(target);
  const itemId = `${ctx.w.id}_${i}`;
  const property = `properties.destinations[${i}]`;
  if (!isUsableId(normalised) || normalised.endsWith(":")) return { target, skipped: true, extra: { itemId, property } };
  return { target, skipped: false, extra: { itemId, label: ctx.text(labels[i] ?? ""), property } };
}
