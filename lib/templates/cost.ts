// What a document costs to draw, computed at validation from the normalised template alone (no
// layout): the drawing primitives each widget produces — dots, lines, table cells, glyphs — per
// page and for the whole document. A document over budget is refused up front with the figure,
// instead of running a render process into its time or memory limit (issue 16).
import type { Template, Widget } from "./types";

/** The largest page a PDF may have (PDF 1.6, Annex C: 14,400 units = 200 in). */
export const MAX_PAGE_SIDE_PT = 14_400;

/**
 * Budgets in drawing primitives. Measured on this renderer (2 busy cores): a page of 250,000 dots
 * draws in 3–4 s. For scale, the gallery's densest page costs 1,080 and the 431-page year planner
 * 136,118 in all; a 1,000-page notebook of the finest dot grid on A4 (5 pt) about 20 million.
 */
export const MAX_PAGE_COST = 250_000;
export const MAX_DOCUMENT_COST = 25_000_000;

export type CostBreakdown = { dots: number; lines: number; cells: number; glyphs: number };
export type PageCost = CostBreakdown & { total: number };

const empty = (): CostBreakdown => ({ dots: 0, lines: 0, cells: 0, glyphs: 0 });
const total = (c: CostBreakdown) => c.dots + c.lines + c.cells + c.glyphs;
const add = (a: CostBreakdown, b: CostBreakdown) => {
  a.dots += b.dots;
  a.lines += b.lines;
  a.cells += b.cells;
  a.glyphs += b.glyphs;
};
const glyphs = (s: string | undefined) => (s ? s.length : 0);

/** Primitives one widget draws. Upper bounds where the layout decides (a calendar's month rows). */
export function widgetCost(w: Widget): CostBreakdown {
  const c = empty();
  const { width, height } = w.position;
  c.glyphs += glyphs(w.content);
  switch (w.type) {
    case "dot_grid": {
      const p = w.properties;
      const across = Math.floor(Math.max(0, width - p.margin_left - p.margin_right) / p.grid_cell_size) + 1;
      const down = Math.floor(height / p.grid_cell_size) + 1;
      c.dots += across * down;
      break;
    }
    case "lines": {
      const p = w.properties;
      if (p.lines) c.lines += p.lines.length;
      else {
        const fit = Math.floor(height / p.line_spacing) + 1;
        // Dotted and dashed lines are drawn as one stroke each with a dash pattern.
        c.lines += Math.max(p.line_count, fit) * Math.max(1, p.columns);
      }
      break;
    }
    case "table": {
      const p = w.properties;
      c.cells += p.table_data.length * p.columns;
      for (const row of p.table_data) for (const cell of row) c.glyphs += glyphs(cell);
      break;
    }
    case "calendar": {
      const p = w.properties;
      // Up to 6 weeks × 7 days plus labels, and the time grid's rows across 7 columns.
      c.cells += 6 * 8 + 7;
      if (p.show_time_grid) {
        const slots = Math.ceil(((p.time_end_hour - p.time_start_hour) * 60) / Math.max(1, p.time_slot_minutes));
        c.lines += Math.max(0, slots) * 8;
      }
      break;
    }
    case "day_list": {
      const p = w.properties;
      c.cells += 31;
      if (p.show_notes_lines) c.lines += 31 * p.notes_line_count;
      break;
    }
    case "link_list":
      c.cells += w.properties.labels.length;
      for (const l of w.properties.labels) c.glyphs += glyphs(l);
      break;
    default:
      c.cells += 1;
  }
  return c;
}

export type DocumentCost = { pages: Map<number, PageCost>; document: PageCost };

/** Cost per page (its own widgets plus its master's) and for the whole document. */
export function documentCost(t: Template, pageCount: number): DocumentCost {
  const perPage = new Map<number, CostBreakdown>();
  const at = (page: number) => {
    let c = perPage.get(page);
    if (!c) perPage.set(page, (c = empty()));
    return c;
  };
  for (const w of t.widgets) add(at(w.page), widgetCost(w));
  const masterCost = new Map<string, CostBreakdown>();
  for (const m of t.masters) {
    const c = empty();
    for (const w of m.widgets) add(c, widgetCost(w));
    masterCost.set(m.id, c);
  }
  for (const a of t.page_assignments) {
    const c = masterCost.get(a.master_id);
    if (c && a.page <= pageCount) add(at(a.page), c);
  }
  const doc = empty();
  const pages = new Map<number, PageCost>();
  for (const [page, c] of perPage) {
    add(doc, c);
    pages.set(page, { ...c, total: total(c) });
  }
  return { pages, document: { ...doc, total: total(doc) } };
}

const fmt = (n: number) => n.toLocaleString("en-US");

function describe(c: CostBreakdown): string {
  const parts = (["dots", "lines", "cells", "glyphs"] as const).filter((k) => c[k] > 0).map((k) => `${fmt(c[k])} ${k}`);
  return parts.join(", ");
}

export type CostProblem = { scope: "page"; page: number; message: string } | { scope: "document"; message: string };

/** The first budget the document breaks, in words that name the figure and the limit. */
export function costProblem(cost: DocumentCost, limits = { page: MAX_PAGE_COST, document: MAX_DOCUMENT_COST }): CostProblem | null {
  let worst: [number, PageCost] | null = null;
  for (const entry of cost.pages) if (!worst || entry[1].total > worst[1].total) worst = entry;
  if (worst && worst[1].total > limits.page) {
    const [page, c] = worst;
    return {
      scope: "page",
      page,
      message: `page ${page} would draw ${fmt(c.total)} elements (${describe(c)}); the limit is ${fmt(limits.page)} per page. Use a larger grid or line spacing, or a smaller area`,
    };
  }
  if (cost.document.total > limits.document) {
    return {
      scope: "document",
      message: `the document would draw ${fmt(cost.document.total)} elements (${describe(cost.document)}); the limit is ${fmt(limits.document)}. Split it into smaller documents or use fewer pages`,
    };
  }
  return null;
}
