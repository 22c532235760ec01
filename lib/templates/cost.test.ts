// Issue 16, finding 2: page size and widget geometry are bounded, and a document's drawing cost is
// judged at validation. Property tests: no accepted document exceeds the budgets (counted here
// independently of cost.ts), and every refusal names its figure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_COST, MAX_PAGE_COST, MAX_PAGE_SIDE_PT } from "./cost";
import { baseDoc } from "@/tests/helpers/template-checks";
import { parseTemplate } from "./validate";

const errorsOf = (doc: unknown) => parseTemplate(doc, { maxPages: 1000 }).diagnostics.filter((d) => d.severity === "error");
const canvas = (width: number, height: number) => ({ canvas: { dimensions: { width, height, margins: [0, 0, 0, 0] } } });

describe("geometry bounds", () => {
  it("caps the page at 14,400 pt and refuses widgets beyond it", () => {
    expect(errorsOf(baseDoc([], canvas(1_000_000, 500)))).toEqual([
      expect.objectContaining({ path: "canvas.dimensions.width", message: expect.stringContaining("at most 14,400 pt (200 in)") }),
    ]);
    expect(errorsOf(baseDoc([], canvas(MAX_PAGE_SIDE_PT, MAX_PAGE_SIDE_PT)))).toEqual([]);
    const huge = { id: "g", type: "box", position: { x: 0, y: 0, width: 50_000, height: 10 } };
    expect(errorsOf(baseDoc([huge]))[0]).toMatchObject({
      path: "widgets[0].position.width",
      message: expect.stringContaining("at most 14,400 pt"),
    });
  });

  it("refuses a widget that starts far outside the page", () => {
    const far = { id: "far", type: "box", position: { x: 5000, y: 10, width: 10, height: 10 } };
    expect(errorsOf(baseDoc([far]))[0]).toMatchObject({
      code: "geometry",
      path: "widgets[0].position",
      message: "starts at (5000, 10) pt, far outside the 447 × 596 pt page",
    });
    const justOff = { id: "near", type: "box", position: { x: 500, y: 10, width: 10, height: 10 } };
    expect(errorsOf(baseDoc([justOff]))).toEqual([]);
  });

  it("refuses the reproduced cases up front, naming the figure: a dense page and a heavy document", () => {
    // The finding: a 14,400 pt page with one fine dot grid took over 30 s for one page.
    const grid = { id: "g", type: "dot_grid", position: { x: 0, y: 0, width: 14_400, height: 14_400 }, properties: { grid_cell_size: 5 } };
    expect(errorsOf(baseDoc([grid], canvas(14_400, 14_400)))).toEqual([
      expect.objectContaining({
        code: "cost_limit",
        message: expect.stringMatching(/^page 1 would draw 8,300,161 elements \(8,300,161 dots\); the limit is 250,000 per page/),
      }),
    ]);
    // 1,000 pages of 30,000 dots each: every page is fine, the document is not.
    const pageGrid = (page: number) => ({
      id: `g${page}`,
      type: "dot_grid",
      page,
      position: { x: 0, y: 0, width: 865, height: 865 },
      properties: { grid_cell_size: 5 },
    });
    const heavy = baseDoc(
      Array.from({ length: 1000 }, (_, i) => pageGrid(i + 1)),
      canvas(900, 900),
    );
    expect(errorsOf(heavy)).toEqual([
      expect.objectContaining({
        code: "cost_limit",
        message: expect.stringMatching(/^the document would draw 30,276,000 elements .*the limit is 25,000,000/),
      }),
    ]);
  });
});

// Independent upper bounds of what each generated widget draws.
type Gen = { type: "dot_grid" | "lines" | "table"; page: number; w: number; h: number; cell: number; rows: number; columns: number };
const primitives = (g: Gen) =>
  g.type === "dot_grid"
    ? (Math.floor(g.w / g.cell) + 1) * (Math.floor(g.h / g.cell) + 1)
    : g.type === "lines"
      ? Math.max(g.rows, Math.floor(g.h / g.cell) + 1)
      : (g.rows + 0) * g.columns;
const toWidget = (g: Gen, i: number) => ({
  id: `w${i}`,
  type: g.type,
  page: g.page,
  position: { x: 0, y: 0, width: g.w, height: g.h },
  properties:
    g.type === "dot_grid"
      ? { grid_cell_size: g.cell }
      : g.type === "lines"
        ? { line_spacing: g.cell, line_count: g.rows }
        : { rows: g.rows, columns: g.columns, table_data: [] },
});

const genArb = fc.record({
  type: fc.constantFrom("dot_grid" as const, "lines" as const, "table" as const),
  page: fc.integer({ min: 1, max: 4 }),
  w: fc.integer({ min: 1, max: 14_400 }),
  h: fc.integer({ min: 1, max: 14_400 }),
  cell: fc.integer({ min: 5, max: 100 }),
  rows: fc.integer({ min: 1, max: 200 }),
  columns: fc.integer({ min: 1, max: 20 }),
});

describe("cost budget (property)", () => {
  it("no accepted document exceeds the per-page budget, and every refusal names its figure", () => {
    fc.assert(
      fc.property(fc.array(genArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: 14_400 }), (gens, side) => {
        const doc = baseDoc(gens.map(toWidget), canvas(side, side));
        const errors = errorsOf(doc);
        const perPage = new Map<number, number>();
        for (const g of gens) perPage.set(g.page, (perPage.get(g.page) ?? 0) + primitives(g));
        const worst = Math.max(...perPage.values());
        const cost = errors.find((e) => e.code === "cost_limit");
        if (errors.length === 0) {
          // Accepted: within budget by our own count (tables add their text; never less than cells).
          expect(worst).toBeLessThanOrEqual(MAX_PAGE_COST);
        } else if (cost) {
          const figure = Number(/would draw ([\d,]+) elements/.exec(cost.message)?.[1]?.replaceAll(",", ""));
          expect(figure).toBeGreaterThan(MAX_PAGE_COST);
          expect(cost.message).toMatch(/the limit is 250,000 per page|the limit is 25,000,000/);
        }
        // Whatever else was refused (e.g. a widget far off a small page), it is never silently drawn.
      }),
      { numRuns: 300 },
    );
  });

  it("no accepted document exceeds the document budget", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 5, max: 40 }), (pages, cell) => {
        const grids = Array.from({ length: pages }, (_, i) => ({
          id: `g${i}`,
          type: "dot_grid",
          page: i + 1,
          position: { x: 0, y: 0, width: 800, height: 800 },
          properties: { grid_cell_size: cell },
        }));
        const errors = errorsOf(baseDoc(grids, canvas(800, 800)));
        const total = pages * (Math.floor(800 / cell) + 1) ** 2;
        if (errors.length === 0) expect(total).toBeLessThanOrEqual(MAX_DOCUMENT_COST);
        else expect(errors[0]?.message).toContain(`would draw ${total.toLocaleString("en-US")} elements`);
      }),
      { numRuns: 60 },
    );
  });
});
