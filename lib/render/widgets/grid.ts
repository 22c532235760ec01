// Grid helpers: a whole table/calendar grid is one path and one stroke operator.
import type { PaintStep, Rect } from "../model";

/** Outer frame, vertical lines at the given x offsets and `rows` − 1 inner horizontal lines. */
export function gridPath(r: Rect, columnsX: number[], rows: number, lw: number, color: string, leadingColumn: boolean): PaintStep {
  return (p) => {
    p.save().lineWidth(lw).lineCap("butt").strokeColor(color);
    p.rect(r.x, r.y, r.width, r.height);
    const rowH = r.height / rows;
    for (let i = 1; i < rows; i++) p.moveTo(r.x, r.y + i * rowH).lineTo(r.x + r.width, r.y + i * rowH);
    for (const cx of columnsX) {
      if (cx <= 1e-6 || cx >= r.width - 1e-6) continue;
      p.moveTo(r.x + cx, r.y).lineTo(r.x + cx, r.y + r.height);
    }
    if (leadingColumn) p.moveTo(r.x, r.y).lineTo(r.x, r.y + r.height);
    p.stroke().restore();
  };
}

/** Line width of the box marking a highlighted date. */
export function highlightWidth(minStroke: number): number {
  return Math.max(1.5, minStroke);
}

/**
 * The box marking a highlighted date: its stroke lies just inside the cell's grid lines, so the cell's
 * own text, kept at least `highlightWidth + 1` from the cell's edge (calendar.ts), stays clear of it.
 */
export function highlightBox(cell: Rect, minStroke: number, color: string): PaintStep {
  const lw = highlightWidth(minStroke);
  return (p) => {
    p.save()
      .lineWidth(lw)
      .rect(cell.x + lw / 2, cell.y + lw / 2, cell.width - lw, cell.height - lw)
      .stroke(color)
      .restore();
  };
}
