// day_list (§3.16): one row per day of a month with optional week numbers, day numbers, weekday
// names, writing lines (one path), weekend shading (Saturday and Sunday, D18) and row links.
import { daysInMonth, fromDayNumber, isoWeek, monthName, toDayNumber, weekdayIndex, weekdayName } from "@/lib/templates/tokens";
import { paintColor } from "../color";
import { drawTextBlock } from "../draw-text";
import { bool, num, str } from "../props";
import type { Rect } from "../model";
import { widgetColor, type WidgetContext } from "../widget-context";
import { baseStyle, dayTarget, localeOf, parseStart, strategyOf, weekTarget } from "./calendar-common";

export function buildDayList(ctx: WidgetContext): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const locale = localeOf(ctx);
  const start = fromDayNumber(parseStart(ctx));
  const first = toDayNumber(start.year, start.month, 1);
  const days = daysInMonth(start.year, start.month);
  const base = baseStyle(ctx);
  const size = base.size;
  const sunday = str(p, "first_day_of_week", "monday") !== "monday";
  let top = y;
  if (bool(p, "show_month_header", false)) {
    const title = monthName(locale, start.month, str(p, "month_name_format", "long") === "short" ? "short" : "long") + (bool(p, "show_year_in_header", false) ? ` ${start.year}` : "");
    drawTextBlock(ctx, { x, y, width, height: 1.8 * size }, title, { ...base, align: "center" }, "horizontal", { wrap: false, quietOverflow: true });
    top += 1.8 * size;
  }
  const rowH = num(p, "row_height", 20, 1);
  const fit = Math.min(days, Math.floor((y + height - top) / rowH + 1e-9));
  if (fit < days) ctx.report({ severity: "info", code: "text_overflow", message: `${days - fit} day rows do not fit and are dropped` });
  const weekCol = bool(p, "show_week_numbers", false) ? 1.8 * size : 0;
  const numCol = bool(p, "show_day_numbers", true) ? 30 : 0;
  const fmt = str(p, "weekday_format", "short");
  const nameCol = bool(p, "show_weekday_names", true) ? (fmt === "full" ? 80 : fmt === "narrow" ? 15 : 40) : 0;
  const labelEnd = x + weekCol + numCol + nameCol;
  const strategy = strategyOf(ctx, "none");
  const shade = bool(p, "highlight_weekends", false) ? widgetColor(ctx, "properties", "weekend_color", "#F0F0F0") : null;
  const notes = bool(p, "show_notes_lines", true) ? Math.max(0, Math.floor(num(p, "notes_line_count", 1, 0, 50))) : 0;
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
      if (strategy === "named") ctx.link(cell, weekTarget(ctx, monday), "generated");
    }
    if (numCol > 0) drawTextBlock(ctx, { x: x + weekCol, y: ry, width: numCol - 4, height: rowH }, String(i + 1), { ...base, align: "right" }, "horizontal", { wrap: false, quietOverflow: true });
    if (nameCol > 0) {
      const name = weekdayName(locale, wd, fmt === "full" ? "full" : fmt === "narrow" ? "narrow" : "short");
      drawTextBlock(ctx, { x: x + weekCol + numCol + 2, y: ry, width: nameCol - 2, height: rowH }, name, { ...base, align: "left" }, "horizontal", { wrap: false, quietOverflow: true });
    }
    for (let k = 0; k < notes; k++) segments.push([ry + rowH - 3 * k, labelEnd]);
    if (strategy !== "none") ctx.link(row, dayTarget(ctx, dn, strategy, 2), "generated");
  }
  if (segments.length > 0) {
    const grey = paintColor("#CCCCCC", "#CCCCCC", ctx.profile) ?? "#CCCCCC";
    const lw = Math.max(0.5, ctx.profile.minStrokePt);
    ctx.draw((pt) => {
      pt.save().lineWidth(lw).strokeColor(grey);
      for (const [ly, lx] of segments) pt.moveTo(lx, ly).lineTo(x + width, ly);
      pt.stroke().restore();
    });
  }
}
