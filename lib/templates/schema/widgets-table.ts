// Property schemas for `table` (§3.11) and `link_list` (§3.17, including the legacy generator).
import { z } from "zod";
import { defineWidget, defined, ignoredKey } from "./widget-base";
import { colour, fillColour, int, intIn, nonNegative, numIn, orientation, positive, text, textAlign } from "./primitives";
import { expandLegacyLinkList } from "./legacy-link-list";

const cell = z.preprocess((v) => (v === null || v === undefined ? "" : v), text());

export const tableWidget = defineWidget(
  "table",
  z.object({
    rows: intIn(1, 100),
    columns: intIn(1, 20),
    has_header: z.boolean().optional(),
    table_data: z.array(z.array(cell)).optional(),
    column_widths: z.array(positive()).optional(),
    border_style: z.enum(["none", "outer", "all", "horizontal", "vertical"]).optional(),
    stroke_color: colour().optional(),
    stroke_width: nonNegative().optional(),
    cell_padding: nonNegative().optional(),
    row_height: positive().optional(),
    header_background: fillColour().optional(),
    header_color: colour().optional(),
    zebra_rows: z.boolean().optional(),
    even_row_bg: fillColour().optional(),
    odd_row_bg: fillColour().optional(),
    text_align: textAlign().optional(),
    text_wrap: z.boolean().optional(),
    max_lines: intIn(1, 1000).optional(),
    link_template: text().optional(),
    link_columns: z.array(intIn(0, 19)).optional(),
    cell_links: ignoredKey(),
    column_aligns: ignoredKey(),
  }),
  (p, ctx) => {
    const { cell_links: _l, column_aligns: _a, table_data, column_widths, ...rest } = p;
    const hasHeader = p.has_header ?? true;
    const totalRows = p.rows + (hasHeader ? 1 : 0);
    if (column_widths && column_widths.length !== p.columns) {
      ctx.issue(["column_widths"], `must have ${p.columns} entries, one per column (got ${column_widths.length})`);
    }
    const grid: string[][] = [];
    for (let r = 0; r < totalRows; r++) {
      const row: string[] = [];
      for (let c = 0; c < p.columns; c++) {
        row.push(table_data ? (table_data[r]?.[c] ?? "") : `R${r + 1}C${c + 1}`);
      }
      grid.push(row);
    }
    return {
      border_style: "all" as const,
      stroke_color: "#000000",
      stroke_width: 1,
      cell_padding: 4,
      row_height: 24,
      header_background: "#F0F0F0",
      header_color: "#000000",
      zebra_rows: false,
      even_row_bg: "#FFFFFF",
      odd_row_bg: "#F8F8F8",
      text_align: "left" as const,
      text_wrap: true,
      max_lines: 2,
      link_columns: [],
      ...defined(rest),
      rows: p.rows,
      columns: p.columns,
      has_header: hasHeader,
      table_data: grid,
      column_widths: column_widths && column_widths.length === p.columns ? column_widths : Array<number>(p.columns).fill(1),
    };
  },
);

export const linkListWidget = defineWidget(
  "link_list",
  z.object({
    labels: z.array(text()).optional(),
    destinations: z.array(text()).optional(),
    columns: intIn(1, 1000).optional(),
    orientation: orientation().optional(),
    gap_x: nonNegative().optional(),
    gap_y: nonNegative().optional(),
    item_height: positive().optional(),
    highlight_index: z.union([intIn(1, 1_000_000), z.string()]).optional(),
    highlight_color: colour().optional(),
    background_color: fillColour().optional(),
    count: intIn(0, 250_000).optional(),
    start_index: int().optional(),
    index_pad: intIn(0, 20).optional(),
    label_template: text().optional(),
    bind: text().optional(),
    /** Inkset: false keeps a master's list as one widget per page instead of one internal_link per item. */
    expand: z.boolean().optional(),
  }),
  (p, ctx) => {
    const { labels, destinations, count, start_index, index_pad, label_template, bind, ...rest } = p;
    let items = { labels: labels ?? [], destinations: destinations ?? [] };
    if (labels === undefined && destinations === undefined && count !== undefined) {
      items = expandLegacyLinkList({ count, start_index, index_pad, label_template, bind });
    } else {
      if (labels === undefined) ctx.issue(["labels"], "is required");
      if (destinations === undefined) ctx.issue(["destinations"], "is required");
      if (labels && destinations && labels.length !== destinations.length) {
        ctx.issue(["destinations"], `must have the same length as labels (${labels.length}) (got ${destinations.length})`);
      }
    }
    return {
      columns: 1,
      orientation: "horizontal" as const,
      gap_x: 0,
      gap_y: 0,
      highlight_color: "#DBEAFE",
      ...defined(rest),
      ...items,
    };
  },
);
