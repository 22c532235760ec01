// day_list (§3.16): one row per day of a month with optional week numbers, day numbers, weekday
// names, writing lines (one path), weekend shading (Saturday and Sunday, D18) and row links.
import type { WidgetOf } from "@/lib/templates/types";
import { daysInMonth, fromDayNumber, isoWeek, monthName, toDayNumber, weekdayIndex, weekdayName } from "@/lib/templates/tokens";
import { drawTextBlock } from "../draw-text";
import type { Rect } from "../model";
import { textStyle, type WidgetContext } from "../widget-context";
import { dayTarget, GUIDE_GREY, localeOf, parseDate, weekTarget } from "./calendar-common";

/** Weekday-name column widths per format (§3.16). */
const NAME_COLUMN = { full: 80, short: 40, narrow: 15 } as const;

export function buildDayList(ctx: WidgetContext<WidgetOf<"day_list">>): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const locale = localeOf(ctx);
  const start = fromDayNumber(parseDate(ctx, p.start_date));
  const first = toDayNumber(start.year, start.month, 1);
  const days = daysInMonth(start.year, start.month);
  const base = textStyle(ctx);
  const size = base.size;
  const sunday = p.first_day_of_week === "sunday";
  let top = y;
  if (p.show_month_header) {
    const title = monthName(locale, start.month, p.month_name_format) + (p.show_year_in_header ? ` ${start.year}` : "");
    drawTextBlock(ctx, { x, y, width, height: 1.8 * size }, title, { ...base, align: "center" }, "horizontal", {
      wrap: false,
      quietOverflow: true,
    });
    top += 1.8 * size;
  }
  const rowH = p.row_height;
  const fit = Math.min(days, Math.floor((y + height - top) / rowH + 1e-9));
  if (fit < days) ctx.report({ severity: "info", code: "text_overflow", message: `${days - fit} day rows do not fit and are dropped` });
  const weekCol = p.show_week_numbers ? 1.8 * size : 0;
  const numCol = p.show_day_numbers ? 30 : 0;
  const nameCol = p.show_weekday_names ? NAME_COLUMN[p.weekday_format] : 0;
  const labelEnd = x + weekCol + numCol + nameCol;
  const shade = p.highlight_weekends ? p.weekend_color : null;
  const notes = p.show_notes_lines ? p.notes_line_count : 0;
  const segments: [number, number][] = [];
  for (let i = 0; i < fit; i++) {
    const dn = first + i;
    const wd = weekdayIndex(dn);
    const ry = top + i * rowH;
    const row: Rect = { x: x + weekCol, y: ry, width: width - weekCol, height: rowH };
    if (shade && wd >= 5) ctx.fillRect({ x, y: ry, width, height: rowH }, shade);
    const newWeek = i === 0 || wd === (sunday ? 6 : 0);
    if (weekCol > 0 && newWeek) {
      const monday = sunday && wd === 6 ? dn + 1 : dn - wd;
      const cell: Rect = { x, y: ry, width: weekCol, height: rowH };
      drawTextBlock(ctx, cell, `W${isoWeek(monday).week}`, { ...base, align: "left" }, "horizontal", { wrap: false, quietOverflow: true });
      if (p.link_strategy === "named_destinations") ctx.link(cell, weekTarget(ctx, monday), "generated");
    }
    if (numCol > 0)
      drawTextBlock(
        ctx,
        { x: x + weekCol, y: ry, width: numCol - 4, height: rowH },
        String(i + 1),
        { ...base, align: "right" },
        "horizontal",
        { wrap: false, quietOverflow: true },
      );
    if (nameCol > 0) {
      const name = weekdayName(locale, wd, p.weekday_format);
      drawTextBlock(
        ctx,
        { x: x + weekCol + numCol + 2, y: ry, width: nameCol - 2, height: rowH },
        name,
        { ...base, align: "left" },
        "horizontal",
        { wrap: false, quietOverflow: true },
      );
    }
    for (let k = 0; k < notes; k++) segments.push([ry + rowH - 3 * k, labelEnd]);
    if (p.link_strategy !== "none") ctx.link(row, dayTarget(ctx, dn), "generated");
  }
  if (segments.length > 0) {
    const lw = Math.max(0.5, ctx.profile.minStrokePt);
    ctx.draw((pt) => {
      pt.save().lineWidth(lw).strokeColor(GUIDE_GREY);
      for (const [ly, lx] of segments) pt.moveTo(lx, ly).lineTo(x + width, ly);
      pt.stroke().restore();
    });
  }
}
