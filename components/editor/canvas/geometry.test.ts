import { describe, expect, it } from "vitest";
import { align, distribute, snapMove, snapResize, type CanvasFrame } from "./geometry";

const frame: CanvasFrame = { width: 400, height: 600, margins: [36, 36, 36, 36], grid: 10, snap: true };

describe("canvas geometry", () => {
  it("snaps a moved box to a margin with a guide, else to the grid", () => {
    expect(snapMove({ x: 38, y: 103, width: 50, height: 20 }, frame, [], 4)).toEqual({
      rect: { x: 36, y: 100, width: 50, height: 20 },
      guides: [{ axis: "x", at: 36 }],
    });
    const other = { x: 200, y: 300, width: 40, height: 40 };
    const moved = snapMove({ x: 148, y: 317, width: 50, height: 20 }, frame, [other], 4);
    // Right edge 198 → 200 (the other widget's left edge); top 317 → 320 (its centre line).
    expect(moved.rect).toEqual({ x: 150, y: 320, width: 50, height: 20 });
    expect(moved.guides).toEqual([
      { axis: "x", at: 200 },
      { axis: "y", at: 320 },
    ]);
    expect(snapMove({ x: 38.123, y: 103.456, width: 5, height: 5 }, { ...frame, snap: false }, [], 4).rect).toEqual({
      x: 38.12,
      y: 103.46,
      width: 5,
      height: 5,
    });
  });

  it("snaps a resized edge and never makes a box empty", () => {
    expect(snapResize({ x: 40, y: 40, width: 322, height: 57 }, frame, [], 4).rect).toEqual({ x: 40, y: 40, width: 324, height: 60 });
    expect(snapResize({ x: 40, y: 40, width: -5, height: 0 }, { ...frame, snap: false }, [], 4).rect).toEqual({
      x: 40,
      y: 40,
      width: 1,
      height: 1,
    });
  });

  it("aligns and distributes", () => {
    const rects = [
      { x: 10, y: 10, width: 20, height: 10 },
      { x: 50, y: 40, width: 40, height: 10 },
      { x: 200, y: 90, width: 10, height: 10 },
    ];
    expect(align(rects, "left").map((r) => r.x)).toEqual([10, 10, 10]);
    expect(align(rects, "right").map((r) => r.x + r.width)).toEqual([210, 210, 210]);
    expect(align(rects, "middle").map((r) => r.y + r.height / 2)).toEqual([55, 55, 55]);
    // Widths 20 + 40 + 10 across 10…210: gaps of 65.
    expect(distribute(rects, "x").map((r) => r.x)).toEqual([10, 95, 200]);
  });
});
