// calendar (§3.15): monthly and custom_range grids (D19) drawn as one grid path; weekly in its own file.
import { daysInMonth, formatDateLong, formatIsoDate, fromDayNumber, isoWeek, monthName, toDayNumber, weekdayIndex, weekdayName } from "@/lib/templates/tokens";
import { paintColor } from "../color";
import { drawTextBlock } from "../draw-text";
import { bool, num, optNum, optStr, str } from "../props";
import type { Rect } from "../model";
import type { WidgetContext } from "../widget-context";
import { baseStyle, dayTarget, localeOf, parseStart, scaledStyle, strategyOf, weekStartsSunday, weekTarget } from "./calendar-common";
import { buildWeeklyCalendar } from "./calendar-weekly";
import { gridPath, highlightBox, highlightWidth } from "./grid";

export function buildCalendar(ctx: WidgetContext): void {
  const type = str(ctx.w.properties, "calendar_type", "monthly");
  if (type === "weekly") return buildWeeklyCalendar(ctx);
  buildGrid(ctx, type === "custom_range");
}

function buildGrid(ctx: WidgetContext, custom: boolean): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const locale = localeOf(ctx);
  const start = parseStart(ctx);
  const sunday = weekStartsSunday(p?.first_day_of_week);
  const firstCol = (dn: number) => (weekdayIndex(dn) + (sunday ? 1 : 0)) % 7;
  const startD = fromDayNumber(start);
  let first: number;
  let last: number;
  let header: string;
  if (custom) {
    const end = parseStart(ctx, "end_date");
    if (end < start) throw new Error("end_date is before start_date");
    first = start;
    last = end;
    header = `${formatDateLong(locale, start)} – ${formatDateLong(locale, end)}`;
  } else {
    first = toDayNumber(startD.year, startD.month, 1);
    last = first + daysInMonth(startD.year, startD.month) - 1;
    const parts = [];
    if (bool(p, "show_month_name", true)) parts.push(monthName(locale, startD.month, str(p, "month_name_format", "long") === "short" ? "short" : "long"));
    if (bool(p, "show_year", true)) parts.push(String(startD.year));
    header = parts.join(" ");
  }
  const gridStart = first - firstCol(first);
  const natural = Math.ceil((last - gridStart + 1) / 7);
  const forced = optNum(p, "force_weeks");
  const rows = custom ? Math.min(54, natural) : forced !== undefined ? Math.min(6, Math.max(4, Math.round(forced))) : Math.min(6, Math.max(4, natural));
  const base = baseStyle(ctx);
  const size = base.size;
  const headerH = header !== "" ? 1.5 * size : 0;
  const weekdayH = bool(p, "show_weekdays", true) ? 1.5 * size : 0;
  const weekCol = !custom && bool(p, "week_numbers", false) ? 1.8 * size : 0;
  const cellW = (width - weekCol) / 7;
  const gridTop = y + headerH + weekdayH;
  const cellH = (height - headerH - weekdayH) / rows;
  const label = scaledStyle(base, 0.8, ctx.profile.minFontPt);
  if (headerH > 0) drawTextBlock(ctx, { x, y, width, height: headerH }, header, { ...base, align: base.align }, "horizontal", { wrap: false, quietOverflow: true });
  if (weekdayH > 0) {
    const style = str(p, "weekday_label_style", "short");
    for (let c = 0; c < 7; c++) {
      const wd = (c + (sunday ? 6 : 0)) % 7;
      const name = weekdayName(locale, wd, style === "full" ? "full" : style === "narrow" ? "narrow" : "short");
      drawTextBlock(ctx, { x: x + weekCol + c * cellW, y: y + headerH, width: cellW, height: weekdayH }, name, { ...label, align: "center" }, "horizontal", { wrap: false, quietOverflow: true });
    }
  }
  if (bool(p, "show_grid_lines", true)) {
    const lw = Math.max(0.5, ctx.profile.minStrokePt);
    const color = paintColor(base.color, "#000000", ctx.profile) ?? "#000000";
    ctx.draw(gridPath({ x, y: gridTop, width, height: cellH * rows }, [weekCol, ...Array.from({ length: 7 }, (_, i) => weekCol + (i + 1) * cellW)], rows, lw, color, weekCol > 0));
  }
  const strategy = strategyOf(ctx, "none");
  const trailing = bool(p, "show_trailing_days", false) || custom;
  const grey = paintColor("#888888", "#888888", ctx.profile) ?? "#888888";
  const highlights = [optStr(p, "highlight_date"), bool(p, "highlight_today", false) ? ctx.today : undefined];
  // Day numbers keep clear of a highlight box's stroke, in every cell so the columns stay aligned.
  const clear = highlights.some((h) => h !== undefined) ? highlightWidth(ctx.profile.minStrokePt) + 1 : 0;
  const pad = Math.max(clear, num(p, "cell_padding", 4, 0, 100));
  for (let r = 0; r < rows; r++) {
    const rowStart = gridStart + r * 7;
    if (weekCol > 0) {
      const cell: Rect = { x, y: gridTop + r * cellH, width: weekCol, height: cellH };
      const monday = rowStart + (sunday ? 1 : 0);
      drawTextBlock(ctx, cell, String(isoWeek(monday).week), { ...label, align: "center" }, "horizontal", { wrap: false, quietOverflow: true });
      if (strategy === "named") ctx.link(cell, weekTarget(ctx, monday), "generated");
    }
    for (let c = 0; c < 7; c++) {
      const dn = rowStart + c;
      const inside = dn >= first && dn <= last;
      if (!inside && !trailing) continue;
      const cell: Rect = { x: x + weekCol + c * cellW, y: gridTop + r * cellH, width: cellW, height: cellH };
      const inner: Rect = { x: cell.x + pad, y: cell.y + pad, width: Math.max(1, cell.width - 2 * pad), height: Math.max(1, size * 1.2) };
      const style = inside ? base : { ...base, color: grey };
      drawTextBlock(ctx, inner, String(fromDayNumber(dn).day), { ...style, align: "left" }, "horizontal", { wrap: false, quietOverflow: true });
      if (inside && dn >= start && strategy !== "none") ctx.link(cell, dayTarget(ctx, dn, strategy, 1), "generated");
      if (inside && highlights.some((h) => h !== undefined && h === formatIsoDate(dn))) ctx.draw(highlightBox(cell, ctx.profile.minStrokePt, base.color));
    }
  }
  if (bool(p, "highlight_today", false) && ctx.today === undefined) {
    ctx.report({ severity: "warning", code: "lint", message: "highlight_today ignored: no 'today' render option" });
  }
}
