// dot_grid (§3.9). Round dots are zero-length round-capped segments and square dots are rectangles,
// all in one path with one paint operator: a 600-dot grid costs one operator instead of 600 elements.
import { num, str } from "../props";
import { widgetColor, type WidgetContext } from "../widget-context";

export function buildDotGrid(ctx: WidgetContext): void {
  const { x, y, width, height } = ctx.w.position;
  const p = ctx.w.properties;
  const cell = num(p, "grid_cell_size", 10, 5, 100);
  const size = Math.min(num(p, "dot_size", 1.5, 0.5, 10), cell / 2);
  const square = str(p, "dot_shape", "round") === "square";
  const color = widgetColor(ctx, "properties", "dot_color", "#CCCCCC");
  if (!color) return;
  const left = x + num(p, "margin_left", 0, 0, 500);
  const right = x + width - num(p, "margin_right", 0, 0, 500);
  const top = y + num(p, "margin_top", 0, 0, 500);
  const bottom = y + height - num(p, "margin_bottom", 0, 0, 500);
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
