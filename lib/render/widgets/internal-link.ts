// internal_link (§3.13): optional highlight and background fills, a label, and an explicit link
// whose nominal rectangle is the widget rectangle.
import { drawTextBlock } from "../draw-text";
import { bool, str } from "../props";
import { orientationOf, textStyle, widgetColor, type WidgetContext } from "../widget-context";

export function buildInternalLink(ctx: WidgetContext): void {
  const { x, y, width, height } = ctx.w.position;
  const props = ctx.w.properties;
  // A highlighted link_list item (§3.17) shows its highlight instead of the list's item background.
  const highlighted = bool(props, "highlight", false);
  const fill = highlighted ? widgetColor(ctx, "properties", "highlight_color", "#DBEAFE") : widgetColor(ctx, "properties", "background_color", null);
  if (fill) ctx.fillRect({ x, y, width, height }, fill);
  const label = ctx.text(ctx.w.content ?? "");
  drawTextBlock(ctx, ctx.w.position, label, textStyle(ctx, { size: 12, color: "#0066CC" }), orientationOf(ctx));
  ctx.link(ctx.w.position, ctx.target(str(props, "to_dest", "")), "explicit", { label, property: "properties.to_dest" });
}
