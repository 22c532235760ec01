// dot_grid (§3.9). Round dots are zero-length round-capped segments and square dots are rectangles,
// all in one path with one paint operator: a 600-dot grid costs one operator instead of 600 elements.
import type { WidgetOf } from "@/lib/templates/types";
import type { WidgetContext } from "../widget-context";

export function buildDotGrid(ctx: WidgetContext<WidgetOf<"dot_grid">>): void {
  const { x, y, width, height } = ctx.w.position;
  // dot_size is already capped at half the cell (lib/templates/schema).
  const { grid_cell_size: cell, dot_size: size, dot_shape, dot_color: color } = ctx.w.properties;
  const square = dot_shape === "square";
  const left = x + ctx.w.properties.margin_left;
  const right = x + width - ctx.w.properties.margin_right;
  const top = y + ctx.w.properties.margin_top;
  const bottom = y + height - ctx.w.properties.margin_bottom;
  if (right < left || bottom < top) return;
  // Per axis floor(available / cell) + 1 dots, starting at the margin box's bottom-left corner.
  const nx = Math.floor((right - left) / cell + 1e-9) + 1;
  const ny = Math.floor((bottom - top) / cell + 1e-9) + 1;
  ctx.draw((painter) => {
    painter.save();
    if (square) {
      const h = size / 2;
      for (let j = 0; j < ny; j++) {
        const cy = bottom - j * cell;
        for (let i = 0; i < nx; i++) painter.rect(left + i * cell - h, cy - h, size, size);
      }
      painter.fill(color);
    } else {
      painter.lineWidth(size).lineCap("round").strokeColor(color);
      for (let j = 0; j < ny; j++) {
        const cy = bottom - j * cell;
        for (let i = 0; i < nx; i++) {
          const cx = left + i * cell;
          painter.moveTo(cx, cy).lineTo(cx, cy);
        }
      }
      painter.stroke();
    }
    painter.restore();
  });
}
