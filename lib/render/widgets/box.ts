// box (§3.7): fill, centred stroke, corner radius capped at half the shorter side, opacity.
import type { WidgetOf } from "@/lib/templates/types";
import type { WidgetContext } from "../widget-context";

export function buildBox(ctx: WidgetContext<WidgetOf<"box">>): void {
  const { x, y, width, height } = ctx.w.position;
  const { fill_color: fill, stroke_color: stroke, line_width: lw } = ctx.w.styling;
  const { corner_radius, opacity } = ctx.w.properties;
  const radius = Math.min(corner_radius, Math.min(width, height) / 2);
  if (!fill && lw === 0) return;
  if (fill) ctx.noteFill(width * height, fill);
  ctx.draw((p) => {
    p.save();
    const shape = () => (radius > 0 ? p.roundedRect(x, y, width, height, radius) : p.rect(x, y, width, height));
    if (fill) {
      shape();
      p.fillColor(fill, opacity).fill();
    }
    if (lw > 0) {
      shape();
      p.lineWidth(lw).strokeColor(stroke, opacity).stroke();
    }
    p.restore();
  });
}
