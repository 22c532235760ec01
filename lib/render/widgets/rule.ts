// divider and vertical_line (§3.7): one butt-capped line through the middle of the rectangle.
import { num } from "../props";
import { strokeWidth, widgetColor, type WidgetContext } from "../widget-context";

export function buildRule(ctx: WidgetContext, vertical: boolean): void {
  const { x, y, width, height } = ctx.w.position;
  const stroke = widgetColor(ctx, "styling", "stroke_color", "#000000");
  const lw = strokeWidth(ctx, num(ctx.w.styling, "line_width", 1, 0, 10));
  if (lw === 0 || !stroke) return;
  ctx.draw((p) => {
    p.save().lineWidth(lw).lineCap("butt").strokeColor(stroke);
    if (vertical) p.moveTo(x + width / 2, y).lineTo(x + width / 2, y + height);
    else p.moveTo(x, y + height / 2).lineTo(x + width, y + height / 2);
    p.stroke().restore();
  });
}
