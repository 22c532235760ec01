// box (§3.7): fill, centred stroke, corner radius capped at half the shorter side, opacity.
import { num } from "../props";
import { strokeWidth, widgetColor, type WidgetContext } from "../widget-context";

export function buildBox(ctx: WidgetContext): void {
  const { x, y, width, height } = ctx.w.position;
  const s = ctx.w.styling;
  const fill = widgetColor(ctx, "styling", "fill_color", null);
  const stroke = widgetColor(ctx, "styling", "stroke_color", "#000000");
  const lw = strokeWidth(ctx, num(s, "line_width", 1, 0, 10));
  const radius = Math.min(num(ctx.w.properties, "corner_radius", 0, 0, 50), Math.min(width, height) / 2);
  const opacity = num(ctx.w.properties, "opacity", 1, 0, 1);
  if (!fill && (lw === 0 || !stroke)) return;
  if (fill) ctx.noteFill(width * height, fill);
  ctx.draw((p) => {
    p.save();
    const shape = () => (radius > 0 ? p.roundedRect(x, y, width, height, radius) : p.rect(x, y, width, height));
    if (fill) {
      shape();
      p.fillColor(fill, opacity).fill();
    }
    if (lw > 0 && stroke) {
      shape();
      p.lineWidth(lw).strokeColor(stroke, opacity).stroke();
    }
    p.restore();
  });
}
