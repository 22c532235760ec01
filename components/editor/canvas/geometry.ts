// Pure canvas arithmetic in points: snapping with guides, align and distribute, new widgets.
import type { Rect } from "@/lib/templates/yaml-edit";

export type Guide = { axis: "x" | "y"; at: number };
export type CanvasFrame = { width: number; height: number; margins: [number, number, number, number]; grid: number; snap: boolean };

const round = (n: number) => Math.round(n * 100) / 100;

/** Lines a moving rectangle's edges and centre snap to: page edges and centre, margins, other widgets. */
export function snapTargets(frame: CanvasFrame, others: readonly Rect[]): { x: number[]; y: number[] } {
  const [top, right, bottom, left] = frame.margins;
  const x = [0, frame.width / 2, frame.width, left, frame.width - right];
  const y = [0, frame.height / 2, frame.height, top, frame.height - bottom];
  for (const r of others) {
    x.push(r.x, r.x + r.width / 2, r.x + r.width);
    y.push(r.y, r.y + r.height / 2, r.y + r.height);
  }
  return { x, y };
}

function snapAxis(start: number, size: number, targets: number[], grid: number, tolerance: number): { value: number; guide?: number } {
  let best: { value: number; guide: number; d: number } | null = null;
  for (const edge of [0, size / 2, size]) {
    for (const t of targets) {
      const d = Math.abs(start + edge - t);
      if (d <= tolerance && (!best || d < best.d)) best = { value: t - edge, guide: t, d };
    }
  }
  if (best) return { value: round(best.value), guide: best.guide };
  return { value: grid > 0 ? Math.round(start / grid) * grid : round(start) };
}

/** Snaps a moved rectangle: to a line within `tolerance` pt (with a guide), else to the grid. */
export function snapMove(r: Rect, frame: CanvasFrame, others: readonly Rect[], tolerance: number): { rect: Rect; guides: Guide[] } {
  if (!frame.snap) return { rect: { ...r, x: round(r.x), y: round(r.y) }, guides: [] };
  const t = snapTargets(frame, others);
  const sx = snapAxis(r.x, r.width, t.x, frame.grid, tolerance);
  const sy = snapAxis(r.y, r.height, t.y, frame.grid, tolerance);
  const guides: Guide[] = [];
  if (sx.guide !== undefined) guides.push({ axis: "x", at: sx.guide });
  if (sy.guide !== undefined) guides.push({ axis: "y", at: sy.guide });
  return { rect: { ...r, x: sx.value, y: sy.value }, guides };
}

/** Snaps the moving right/bottom edge of a resize. */
export function snapResize(r: Rect, frame: CanvasFrame, others: readonly Rect[], tolerance: number): { rect: Rect; guides: Guide[] } {
  const fix = (n: number) => Math.max(1, round(n));
  if (!frame.snap) return { rect: { ...r, width: fix(r.width), height: fix(r.height) }, guides: [] };
  const t = snapTargets(frame, others);
  const guides: Guide[] = [];
  const edge = (start: number, size: number, targets: number[], axis: "x" | "y") => {
    const end = start + size;
    const hit = targets.find((v) => Math.abs(v - end) <= tolerance);
    if (hit !== undefined) {
      guides.push({ axis, at: hit });
      return fix(hit - start);
    }
    return fix(frame.grid > 0 ? Math.round(end / frame.grid) * frame.grid - start : size);
  };
  return { rect: { ...r, width: edge(r.x, r.width, t.x, "x"), height: edge(r.y, r.height, t.y, "y") }, guides };
}

export type Alignment = "left" | "center" | "right" | "top" | "middle" | "bottom";

/** Aligns rectangles to the selection's bounds (their common edge or centre). */
export function align(rects: readonly Rect[], how: Alignment): Rect[] {
  if (rects.length < 2) return rects.map((r) => ({ ...r }));
  const minX = Math.min(...rects.map((r) => r.x));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  return rects.map((r) => {
    switch (how) {
      case "left":
        return { ...r, x: minX };
      case "right":
        return { ...r, x: round(maxX - r.width) };
      case "center":
        return { ...r, x: round((minX + maxX) / 2 - r.width / 2) };
      case "top":
        return { ...r, y: minY };
      case "bottom":
        return { ...r, y: round(maxY - r.height) };
      case "middle":
        return { ...r, y: round((minY + maxY) / 2 - r.height / 2) };
    }
  });
}

/** Spreads three or more rectangles so the gaps between them are equal, keeping the outer two. */
export function distribute(rects: readonly Rect[], axis: "x" | "y"): Rect[] {
  if (rects.length < 3) return rects.map((r) => ({ ...r }));
  const pos = axis === "x" ? "x" : "y";
  const size = axis === "x" ? "width" : "height";
  const order = rects.map((r, i) => ({ r, i })).sort((a, b) => a.r[pos] - b.r[pos]);
  const first = order[0]!.r;
  const last = order[order.length - 1]!.r;
  const total = order.reduce((s, o) => s + o.r[size], 0);
  const gap = (last[pos] + last[size] - first[pos] - total) / (order.length - 1);
  const out = rects.map((r) => ({ ...r }));
  let at = first[pos];
  for (const o of order) {
    out[o.i] = { ...o.r, [pos]: round(at) };
    at += o.r[size] + gap;
  }
  return out;
}

/** An id not yet used: `text_block_3`. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${base}_${n}`;
    if (!taken.has(id)) return id;
  }
}
