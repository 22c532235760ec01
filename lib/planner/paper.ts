// Writing surfaces: dots, grid, lines or blank, sized for handwriting (5 mm dots, 7.5 mm lines).
import type { Frame, Rect } from "./frame";
import type { PlannerOptions } from "./schema";
import type { MasterBuilder } from "./widgets";

/** Points per millimetre. */
export const MM = 72 / 25.4;

export function paper(b: MasterBuilder, f: Frame, at: Rect, kind: PlannerOptions["paper"]): void {
  const { pal } = f;
  if (kind === "dots") {
    b.dots(at, 5 * MM, pal.dot, Math.max(0.9, f.hair * 1.4));
  } else if (kind === "lines") {
    b.ruled(at, 7.5 * MM, pal.rule, f.hair, { bottom_padding: 0 });
  } else if (kind === "grid") {
    const cell = 5 * MM;
    const cols = Math.floor(at.width / cell);
    const rows = Math.floor(at.height / cell);
    const w = cols * cell;
    const h = rows * cell;
    const ox = (at.width - w) / 2;
    const segs = [
      ...Array.from({ length: cols + 1 }, (_, i) => ({ x1: ox + i * cell, y1: 0, x2: ox + i * cell, y2: h })),
      ...Array.from({ length: rows + 1 }, (_, i) => ({ x1: ox, y1: i * cell, x2: ox + w, y2: i * cell })),
    ];
    b.segments(at, segs, pal.rule, f.hair);
  }
}

/** Ruled writing lines at a given pitch (used inside boxes and day rows). */
export function writingLines(b: MasterBuilder, f: Frame, at: Rect, pitch = 7 * MM): void {
  if (at.height >= pitch * 0.9) b.ruled(at, pitch, f.pal.rule, f.hair);
}
