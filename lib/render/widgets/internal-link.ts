// internal_link (§3.13): optional highlight and background fills, a label, and an explicit link
// whose nominal rectangle is the widget rectangle.
import type { WidgetOf } from "@/lib/templates/types";
import { drawTextBlock } from "../draw-text";
import { internalLinkOf } from "../navigation/widget-links";
import { textStyle, type WidgetContext } from "../widget-context";

export function buildInternalLink(ctx: WidgetContext<WidgetOf<"internal_link">>): void {
  const props = ctx.w.properties;
  // A highlighted link_list item (§3.17) shows its highlight instead of the list's item background.
  const fill = props.highlight ? props.highlight_color : (props.background_color ?? null);
  if (fill) ctx.fillRect(ctx.w.position, fill);
  const link = internalLinkOf(ctx);
  drawTextBlock(ctx, ctx.w.position, link.extra.label ?? "", textStyle(ctx), props.orientation);
  ctx.link(ctx.w.position, link.target, "explicit", link.extra);
}
