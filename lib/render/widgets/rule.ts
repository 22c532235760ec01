// divider and vertical_line (§3.7): one butt-capped line through the middle of the rectangle.
import type { WidgetOf } from "@/lib/templates/types";
import type { WidgetContext } from "../widget-context";

export function buildRule(ctx: WidgetContext<WidgetOf<"divider" | "vertical_line">>, vertical: boolean): void {
  const { x, y, width, height } = ctx.w.position;
  const { stroke_color: stroke, line_width: lw } = ctx.w.styling;
  if (lw === 0) return;
  ctx.draw((p) => {
    p.save().lineWidth(lw).lineCap("butt").strokeColor(stroke);
    if (vertical) p.moveTo(x + width / 2, y).lineTo(x + width / 2, y + height);
    else p.moveTo(x, y + height / 2).lineTo(x + width, y + height / 2);
    p.stroke().restore();
  });
}
