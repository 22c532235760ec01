// table (§3.11): fixed-height rows, weighted columns, header/zebra fills, borders as one path, cell text
// wrapped to max_lines (D28) and clipped, optional per-cell links from link_template.
import { drawTextBlock } from "../draw-text";
import { bool, list, num, str } from "../props";
import { wrapText } from "../text-layout";
import type { Rect } from "../model";
import { strokeWidth, textStyle, widgetColor, type WidgetContext } from "../widget-context";

export function buildTable(ctx: WidgetContext): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const rows = Math.max(1, Math.floor(num(p, "rows", 1, 1, 100)));
  const cols = Math.max(1, Math.floor(num(p, "columns", 1, 1, 20)));
  const header = bool(p, "has_header", true);
  const total = rows + (header ? 1 : 0);
  const raw = list(p, "table_data");
  const data: string[][] = Array.from({ length: total }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      if (!raw) return `R${r + 1}C${c + 1}`;
      const row = raw[r];
      const v = Array.isArray(row) ? row[c] : undefined;
      return v === undefined || v === null ? "" : String(v);
    }),
  );
  const weightsRaw = (list(p, "column_widths") ?? []).map(Number);
  const weights = weightsRaw.length === cols && weightsRaw.every((w) => w > 0) ? weightsRaw : Array<number>(cols).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const xs = [0];
  for (const w of weights) xs.push((xs[xs.length - 1] ?? 0) + (w / sum) * width);
  const rowH = num(p, "row_height", 24, 1);
  const visible = Math.min(total, Math.ceil(height / rowH - 1e-9));
  const fits = Math.floor(height / rowH + 1e-9);
  if (fits < total) ctx.report({ severity: "info", code: "text_overflow", message: `${total - fits} table rows do not fit and are clipped` });
  // Everything the table draws is clipped to its rectangle: a partly visible last row is cut, not dropped.
  ctx.draw((pt) => pt.save().rect(x, y, width, height).clip());
  const padCell = num(p, "cell_padding", 4, 0);
  const base = textStyle(ctx, { size: 10, color: "#000000" });
  const align = str(p, "text_align", "left");
  const style = { ...base, align: (align === "center" || align === "right" ? align : "left") as "left" | "center" | "right" };
  const headerBg = widgetColor(ctx, "properties", "header_background", "#F0F0F0");
  const headerColor = widgetColor(ctx, "properties", "header_color", "#000000") ?? "#000000";
  const zebra = bool(p, "zebra_rows", false);
  const even = widgetColor(ctx, "properties", "even_row_bg", "#FFFFFF");
  const odd = widgetColor(ctx, "properties", "odd_row_bg", "#F8F8F8");
  const maxLines = Math.max(1, Math.floor(num(p, "max_lines", 2, 1)));
  const wrap = bool(p, "text_wrap", true);
  const template = str(p, "link_template", "");
  const linkCols = (list(p, "link_columns") ?? []).map(Number);
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
      const lines = wrap ? wrapText(value, cellStyle.font, cellStyle.size, inner.width).slice(0, maxLines) : value.split("\n").slice(0, maxLines);
      drawTextBlock(ctx, inner, lines.join("\n"), cellStyle, "horizontal", { wrap: false, quietOverflow: true });
      if (!isHeader && template !== "" && (linkCols.length === 0 || linkCols.includes(c))) {
        ctx.link(cell, ctx.target(template, { row: dataRow, col: c + 1, value }), "generated");
      }
    }
  }
  drawBorders(ctx, { x, y, width, height: visible * rowH }, xs, visible, rowH);
  ctx.draw((pt) => pt.restore());
}

function drawBorders(ctx: WidgetContext, area: Rect, xs: number[], rows: number, rowH: number): void {
  const p = ctx.w.properties;
  const mode = str(p, "border_style", "all");
  const color = widgetColor(ctx, "properties", "stroke_color", "#000000");
  const lw = strokeWidth(ctx, num(p, "stroke_width", 1, 0));
  if (mode === "none" || !color || lw === 0) return;
  ctx.draw((pt) => {
    pt.save().lineWidth(lw).strokeColor(color);
    if (mode === "all" || mode === "outer") pt.rect(area.x, area.y, area.width, area.height);
    if (mode === "all" || mode === "horizontal") for (let r = 1; r < rows; r++) pt.moveTo(area.x, area.y + r * rowH).lineTo(area.x + area.width, area.y + r * rowH);
    if (mode === "all" || mode === "vertical") for (const cx of xs.slice(1, -1)) pt.moveTo(area.x + cx, area.y).lineTo(area.x + cx, area.y + area.height);
    pt.stroke().restore();
  });
}
