// A highlighted date's box must not run through the date's number (the gallery planner highlights the
// day of each day page with cell_padding 2): the number starts right of the box stroke's inner edge.
import { describe, expect, it } from "vitest";
import { readPaintOps, readTextItems } from "./page-paint";
import { renderYaml } from "./render-case";

describe("calendar highlight box", () => {
  it.each([0, 2, 4])("keeps the day number clear of the box with cell_padding %d", async (padding) => {
    const { bytes } = await renderYaml(`schema_version: "1.0"
metadata: {name: highlight, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 260, margins: [0, 0, 0, 0]}}
widgets:
  - {id: c, type: calendar, position: {x: 10, y: 10, width: 280, height: 240}, styling: {size: 10}, properties: {calendar_type: monthly, start_date: "2026-01-04", highlight_date: "2026-01-14", cell_padding: ${padding}}}
`);
    const box = (await readPaintOps(bytes)).find((op) => op.stroke && op.lineWidth >= 1.5 && op.rects.length === 1);
    const [bx = 0, , bw = 0] = box?.rects[0] ?? [];
    expect(bw).toBeGreaterThan(0);
    const number = (await readTextItems(bytes)).find((t) => t.text === "14");
    expect(number).toBeDefined();
    const inner = bx + (box?.lineWidth ?? 0) / 2;
    expect(number?.x ?? 0).toBeGreaterThan(inner + 0.5);
    expect(number?.x ?? 0).toBeLessThan(bx + bw);
  });
});
