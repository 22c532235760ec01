// lines (§3.8): ruled mode (rows × columns) or custom segments (D16). All segments of a widget go
// into one path and one stroke: element count, not geometry, is what makes react-pdf slow.
import type { LineSegment, WidgetOf } from "@/lib/templates/types";
import type { Painter } from "../painter";
import type { WidgetContext } from "../widget-context";

type Seg = [number, number, number, number];
type LinesContext = WidgetContext<WidgetOf<"lines">>;

function ruled(ctx: LinesContext): Seg[] {
  const { x, y, width, height } = ctx.w.position;
  const {
    line_spacing: spacing,
    line_count: count,
    margin_left: ml,
    margin_right: mr,
    top_padding: top,
    bottom_padding: bottom,
    columns,
  } = ctx.w.properties;
  const gap = columns > 1 ? ctx.w.properties.column_gap : 0;
  const usable = width - ml - mr;
  const colW = (usable - (columns - 1) * gap) / columns;
  const segs: Seg[] = [];
  for (let k = 0; k < count; k++) {
    const ly = y + top + k * spacing;
    if (ly > y + height - bottom + 1e-9) break;
    for (let c = 0; c < columns; c++) {
      const x0 = x + ml + c * (colW + gap);
      segs.push([x0, ly, x0 + colW, ly]);
    }
  }
  return segs;
}

/** Custom mode (D16): segments relative to the widget's top-left corner. */
function custom(ctx: LinesContext, lines: LineSegment[]): Seg[] {
  const { x, y } = ctx.w.position;
  return lines.map((l) => [x + l.x1, y + l.y1, x + l.x2, y + l.y2]);
}

export function buildLines(ctx: LinesContext): void {
  const { lines: customList, line_thickness: lw, line_style: style, line_cap: cap } = ctx.w.properties;
  const segs = customList ? custom(ctx, customList) : ruled(ctx);
  const stroke = ctx.w.styling.stroke_color;
  if (segs.length === 0) return;
  const { x, y, width, height } = ctx.w.position;
  ctx.draw((painter: Painter) => {
    painter.save();
    if (customList) painter.rect(x, y, width, height).clip();
    painter.lineWidth(lw).lineCap(cap).strokeColor(stroke);
    if (style === "dotted") painter.dash(1, { space: 3 });
    else if (style === "dashed") painter.dash(5, { space: 3 });
    for (const [x1, y1, x2, y2] of segs) painter.moveTo(x1, y1).lineTo(x2, y2);
    painter.stroke().restore();
  });
}
