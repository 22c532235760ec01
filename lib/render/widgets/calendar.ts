// calendar (§3.15): monthly and custom_range grids (D19) drawn as one grid path; weekly in its own file.
import type { WidgetOf } from "@/lib/templates/types";
import {
  daysInMonth,
  formatDateLong,
  formatIsoDate,
  fromDayNumber,
  isoWeek,
  monthName,
  toDayNumber,
  weekdayIndex,
  weekdayName,
} from "@/lib/templates/tokens";
import { drawTextBlock } from "../draw-text";
import type { Rect } from "../model";
import { textStyle, type WidgetContext } from "../widget-context";
import { dayTarget, localeOf, parseDate, scaledStyle, TRAILING_GREY, weekTarget } from "./calendar-common";
import { buildWeeklyCalendar } from "./calendar-weekly";
import { gridPath, highlightBox, highlightWidth } from "./grid";

type CalendarContext = WidgetContext<WidgetOf<"calendar">>;

export function buildCalendar(ctx: CalendarContext): void {
  const type = ctx.w.properties.calendar_type;
  if (type === "weekly") return buildWeeklyCalendar(ctx);
  buildGrid(ctx, type === "custom_range");
}

function buildGrid(ctx: CalendarContext, custom: boolean): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const locale = localeOf(ctx);
  const start = parseDate(ctx, p.start_date);
  const sunday = p.first_day_of_week === "sunday";
  const firstCol = (dn: number) => (weekdayIndex(dn) + (sunday ? 1 : 0)) % 7;
  const startD = fromDayNumber(start);
  let first: number;
  let last: number;
  let header: string;
  if (custom) {
    const end = parseDate(ctx, p.end_date ?? "", "end_date");
    if (end < start) throw new Error("end_date is before start_date");
    first = start;
    last = end;
    header = `${formatDateLong(locale, start)} – ${formatDateLong(locale, end)}`;
  } else {
    first = toDayNumber(startD.year, startD.month, 1);
    last = first + daysInMonth(startD.year, startD.month) - 1;
    const parts = [];
    if (p.show_month_name) parts.push(monthName(locale, startD.month, p.month_name_format));
    if (p.show_year) parts.push(String(startD.year));
    header = parts.join(" ");
  }
  const gridStart = first - firstCol(first);
  const natural = Math.ceil((last - gridStart + 1) / 7);
  // force_weeks is already clamped to 4–6.
  const rows = custom ? Math.min(54, natural) : (p.force_weeks ?? Math.min(6, Math.max(4, natural)));
  const base = textStyle(ctx);
  const size = base.size;
  const headerH = header !== "" ? 1.5 * size : 0;
  const weekdayH = p.show_weekdays ? 1.5 * size : 0;
  const weekCol = !custom && p.week_numbers ? 1.8 * size : 0;
  const cellW = (width - weekCol) / 7;
  const gridTop = y + headerH + weekdayH;
  const cellH = (height - headerH - weekdayH) / rows;
  const label = scaledStyle(base, 0.8, ctx.profile.minFontPt);
  if (headerH > 0)
    drawTextBlock(ctx, { x, y, width, height: headerH }, header, { ...base, align: base.align }, "horizontal", {
      wrap: false,
      quietOverflow: true,
    });
  if (weekdayH > 0) {
    for (let c = 0; c < 7; c++) {
      const wd = (c + (sunday ? 6 : 0)) % 7;
      const name = weekdayName(locale, wd, p.weekday_label_style);
      drawTextBlock(
        ctx,
        { x: x + weekCol + c * cellW, y: y + headerH, width: cellW, height: weekdayH },
        name,
        { ...label, align: "center" },
        "horizontal",
        { wrap: false, quietOverflow: true },
      );
    }
  }
  if (p.show_grid_lines) {
    const lw = Math.max(0.5, ctx.profile.minStrokePt);
    ctx.draw(
      gridPath(
        { x, y: gridTop, width, height: cellH * rows },
        [weekCol, ...Array.from({ length: 7 }, (_, i) => weekCol + (i + 1) * cellW)],
        rows,
        lw,
        base.color,
        weekCol > 0,
      ),
    );
  }
  const linked = p.link_strategy !== "none";
  const trailing = p.show_trailing_days || custom;
  const highlights = [p.highlight_date, p.highlight_today ? ctx.today : undefined];
  // Day numbers keep clear of a highlight box's stroke, in every cell so the columns stay aligned.
  const clear = highlights.some((h) => h !== undefined) ? highlightWidth(ctx.profile.minStrokePt) + 1 : 0;
  const pad = Math.max(clear, p.cell_padding);
  for (let r = 0; r < rows; r++) {
    const rowStart = gridStart + r * 7;
    if (weekCol > 0) {
      const cell: Rect = { x, y: gridTop + r * cellH, width: weekCol, height: cellH };
      const monday = rowStart + (sunday ? 1 : 0);
      drawTextBlock(ctx, cell, String(isoWeek(monday).week), { ...label, align: "center" }, "horizontal", {
        wrap: false,
        quietOverflow: true,
      });
      if (p.link_strategy === "named_destinations") ctx.link(cell, weekTarget(ctx, monday), "generated");
    }
    for (let c = 0; c < 7; c++) {
      const dn = rowStart + c;
      const inside = dn >= first && dn <= last;
      if (!inside && !trailing) continue;
      const cell: Rect = { x: x + weekCol + c * cellW, y: gridTop + r * cellH, width: cellW, height: cellH };
      const inner: Rect = { x: cell.x + pad, y: cell.y + pad, width: Math.max(1, cell.width - 2 * pad), height: Math.max(1, size * 1.2) };
      const style = inside ? base : { ...base, color: TRAILING_GREY };
      drawTextBlock(ctx, inner, String(fromDayNumber(dn).day), { ...style, align: "left" }, "horizontal", {
        wrap: false,
        quietOverflow: true,
      });
      if (inside && dn >= start && linked) ctx.link(cell, dayTarget(ctx, dn), "generated");
      if (inside && highlights.some((h) => h !== undefined && h === formatIsoDate(dn)))
        ctx.draw(highlightBox(cell, ctx.profile.minStrokePt, base.color));
    }
  }
  if (p.highlight_today && ctx.today === undefined) {
    ctx.report({ severity: "warning", code: "lint", message: "highlight_today ignored: no 'today' render option" });
  }
}
