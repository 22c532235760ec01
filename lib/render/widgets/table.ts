// table (§3.11): fixed-height rows, weighted columns, header/zebra fills, borders as one path, cell text
// wrapped to max_lines (D28) and clipped, optional per-cell links from link_template.
import type { WidgetOf } from "@/lib/templates/types";
import { drawTextBlock } from "../draw-text";
import { wrapText } from "../text-layout";
import type { Rect } from "../model";
import { textStyle, type WidgetContext } from "../widget-context";

type TableContext = WidgetContext<WidgetOf<"table">>;

export function buildTable(ctx: TableContext): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const { columns: cols, has_header: header, row_height: rowH } = p;
  const total = p.rows + (header ? 1 : 0);
  // table_data is already the full (header + rows) × columns grid, column_widths one weight per column.
  const data = p.table_data;
  const sum = p.column_widths.reduce((a, b) => a + b, 0);
  const xs = [0];
  for (const w of p.column_widths) xs.push((xs[xs.length - 1] ?? 0) + (w / sum) * width);
  const visible = Math.min(total, Math.ceil(height / rowH - 1e-9));
  const fits = Math.floor(height / rowH + 1e-9);
  if (fits < total)
    ctx.report({ severity: "info", code: "text_overflow", message: `${total - fits} table rows do not fit and are clipped` });
  // Everything the table draws is clipped to its rectangle: a partly visible last row is cut, not dropped.
  ctx.draw((pt) => pt.save().rect(x, y, width, height).clip());
  const {
    cell_padding: padCell,
    header_background: headerBg,
    header_color: headerColor,
    zebra_rows: zebra,
    even_row_bg: even,
    odd_row_bg: odd,
  } = p;
  const { max_lines: maxLines, text_wrap: wrap, link_template: template = "", link_columns: linkCols } = p;
  const style = { ...textStyle(ctx), align: p.text_align };
  for (let r = 0; r < visible; r++) {
    const isHeader = header && r === 0;
    const dataRow = r - (header ? 1 : 0) + 1;
    const fill = isHeader ? headerBg : zebra ? (dataRow % 2 === 1 ? odd : even) : null;
    const ry = y + r * rowH;
    if (fill) ctx.fillRect({ x, y: ry, width, height: rowH }, fill);
    for (let c = 0; c < cols; c++) {
      const cell: Rect = { x: x + (xs[c] ?? 0), y: ry, width: (xs[c + 1] ?? width) - (xs[c] ?? 0), height: rowH };
      const value = ctx.text(data[r]?.[c] ?? "");
      const inner: Rect = { x: cell.x + padCell, y: cell.y, width: Math.max(1, cell.width - 2 * padCell), height: cell.height };
      const cellStyle = isHeader ? { ...style, color: headerColor } : style;
      const lines = wrap
        ? wrapText(value, cellStyle.font, cellStyle.size, inner.width).slice(0, maxLines)
        : value.split("\n").slice(0, maxLines);
      drawTextBlock(ctx, inner, lines.join("\n"), cellStyle, "horizontal", { wrap: false, quietOverflow: true });
      if (!isHeader && template !== "" && (linkCols.length === 0 || linkCols.includes(c))) {
        ctx.link(cell, ctx.target(template, { row: dataRow, col: c + 1, value }), "generated");
      }
    }
  }
  drawBorders(ctx, { x, y, width, height: visible * rowH }, xs, visible, rowH);
  ctx.draw((pt) => pt.restore());
}

function drawBorders(ctx: TableContext, area: Rect, xs: number[], rows: number, rowH: number): void {
  const { border_style: mode, stroke_color: color, stroke_width: lw } = ctx.w.properties;
  if (mode === "none" || lw === 0) return;
  ctx.draw((pt) => {
    pt.save().lineWidth(lw).strokeColor(color);
    if (mode === "all" || mode === "outer") pt.rect(area.x, area.y, area.width, area.height);
    if (mode === "all" || mode === "horizontal")
      for (let r = 1; r < rows; r++) pt.moveTo(area.x, area.y + r * rowH).lineTo(area.x + area.width, area.y + r * rowH);
    if (mode === "all" || mode === "vertical")
      for (const cx of xs.slice(1, -1)) pt.moveTo(area.x + cx, area.y).lineTo(area.x + cx, area.y + area.height);
    pt.stroke().restore();
  });
}
