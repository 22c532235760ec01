// internal_link (§3.13): optional highlight and background fills, a label, and an explicit link
// whose nominal rectangle is the widget rectangle.
import { drawTextBlock } from "../draw-text";
import { bool, str } from "../props";
import { orientationOf, textStyle, widgetColor, type WidgetContext } from "../widget-context";

export function buildInternalLink(ctx: WidgetContext): void {
  const { x, y, width, height } = ctx.w.position;
  const props = ctx.w.properties;
  if (bool(props, "highlight", false)) {
    const c = widgetColor(ctx, "properties", "highlight_color", "#DBEAFE");
    if (c) ctx.fillRect({ x, y, width, height }, c);
  }
  const bg = widgetColor(ctx, "properties", "background_color", null);
  if (bg) ctx.fillRect({ x, y, width, height }, bg);
  const label = ctx.text(ctx.w.content ?? "");
  drawTextBlock(ctx, ctx.w.position, label, textStyle(ctx, { size: 12, color: "#0066CC" }), orientationOf(ctx));
  ctx.link(ctx.w.position, ctx.target(str(props, "to_dest", "")), "explicit", { label, property: "properties.to_dest" });
}
