// lines (§3.8): ruled mode (rows × columns) or custom segments (D16). All segments of a widget go
// into one path and one stroke: element count, not geometry, is what makes react-pdf slow.
import { list, num, optNum, str } from "../props";
import type { Painter } from "../painter";
import { strokeWidth, widgetColor, type WidgetContext } from "../widget-context";

type Seg = [number, number, number, number];

function ruled(ctx: WidgetContext): Seg[] {
  const { x, y, width, height } = ctx.w.position;
  const p = ctx.w.properties;
  const spacing = num(p, "line_spacing", 20, 1, 500);
  const count = num(p, "line_count", 10, 1, 1000);
  const ml = num(p, "margin_left", 0, 0, 500);
  const mr = num(p, "margin_right", 0, 0, 500);
  const top = num(p, "top_padding", 0, 0, 500);
  const bottom = num(p, "bottom_padding", 0, 0, 500);
  const columns = Math.max(1, Math.floor(num(p, "columns", 1, 1, 10)));
  const gap = columns > 1 ? num(p, "column_gap", 20, 0, 200) : 0;
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

function custom(ctx: WidgetContext, raw: unknown[]): Seg[] {
  const { x, y } = ctx.w.position;
  const segs: Seg[] = [];
  for (const item of raw) {
    if (typeof item !== "object" || item === null) continue;
    const bag = item as Record<string, unknown>;
    const [x1, y1, x2, y2] = [optNum(bag, "x1"), optNum(bag, "y1"), optNum(bag, "x2"), optNum(bag, "y2")];
    if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) continue;
    segs.push([x + x1, y + y1, x + x2, y + y2]);
  }
  return segs;
}

export function buildLines(ctx: WidgetContext): void {
  const p = ctx.w.properties;
  const customList = list(p, "lines");
  const segs = customList ? custom(ctx, customList) : ruled(ctx);
  const stroke = widgetColor(ctx, "styling", "stroke_color", "#000000");
  const lw = strokeWidth(ctx, num(p, "line_thickness", 0.75, 0.1, 10));
  let style = str(p, "line_style", "solid");
  if (style === "grid") {
    ctx.report({ severity: "info", code: "lint", message: 'line_style "grid" is drawn as solid', path: `${ctx.path}.properties.line_style` });
    style = "solid";
  }
  const capRaw = str(p, "line_cap", "butt");
  const cap = capRaw === "round" || capRaw === "square" ? capRaw : "butt";
  if (segs.length === 0 || !stroke) return;
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
