// Weekly calendar (§3.15): the 7 days of the week containing start_date, as columns (horizontal) or
// rows (vertical), with an optional hour grid; all seven days link (D17).
import type { WidgetOf } from "@/lib/templates/types";
import { formatIsoDate, fromDayNumber, isoWeek, monthName, weekdayIndex, weekdayName } from "@/lib/templates/tokens";
import { drawTextBlock } from "../draw-text";
import type { Rect } from "../model";
import { textStyle, type WidgetContext } from "../widget-context";
import { dayTarget, GUIDE_GREY, localeOf, parseDate, scaledStyle } from "./calendar-common";
import { gridPath, highlightBox } from "./grid";

type CalendarContext = WidgetContext<WidgetOf<"calendar">>;

export function buildWeeklyCalendar(ctx: CalendarContext): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const locale = localeOf(ctx);
  const start = parseDate(ctx, p.start_date);
  const sunday = p.first_day_of_week === "sunday";
  const first = start - ((weekdayIndex(start) + (sunday ? 1 : 0)) % 7);
  const sd = fromDayNumber(start);
  const parts = [p.show_month_name ? monthName(locale, sd.month, p.month_name_format) : "", p.show_year ? String(sd.year) : ""].filter(
    (x) => x !== "",
  );
  const header = `${parts.join(" ")}${parts.length > 0 ? " — " : ""}Week ${isoWeek(start).week}`;
  const base = textStyle(ctx);
  const size = base.size;
  const headerH = 2 * size;
  const label = scaledStyle(base, 0.8, ctx.profile.minFontPt);
  drawTextBlock(ctx, { x, y, width, height: headerH }, header, base, "horizontal", { wrap: false, quietOverflow: true });
  const vertical = p.layout_orientation === "vertical";
  const gutter = p.show_time_gutter ? 2.2 * size : 0;
  const bodyTop = y + headerH;
  // cell_min_size bounds each cell: the one body-tall column, or each of the seven rows.
  const cellMin = p.cell_min_size;
  const bodyH = vertical ? 7 * Math.max(cellMin, (height - headerH) / 7) : Math.max(cellMin, height - headerH);
  const lw = Math.max(0.5, ctx.profile.minStrokePt);
  const color = base.color;
  const cells: Rect[] = [];
  const dayGutter = vertical ? 4 * size : 0;
  for (let i = 0; i < 7; i++) {
    if (vertical) {
      const rowH = bodyH / 7;
      cells.push({ x: x + dayGutter, y: bodyTop + i * rowH, width: width - dayGutter, height: rowH });
    } else {
      const colW = (width - gutter) / 7;
      cells.push({ x: x + gutter + i * colW, y: bodyTop, width: colW, height: bodyH });
    }
  }
  if (p.show_grid_lines) {
    const body: Rect = { x: x + (vertical ? 0 : gutter), y: bodyTop, width: width - (vertical ? 0 : gutter), height: bodyH };
    const cols = vertical ? [dayGutter] : Array.from({ length: 7 }, (_, i) => (i + 1) * (body.width / 7));
    ctx.draw(gridPath(body, cols, vertical ? 7 : 1, lw, color, false));
  }
  const highlights = [p.highlight_date, p.highlight_today ? ctx.today : undefined].filter((h): h is string => h !== undefined);
  cells.forEach((cell, i) => {
    const dn = first + i;
    const wd = (i + (sunday ? 6 : 0)) % 7;
    const name = `${weekdayName(locale, wd, p.weekday_label_style)} ${fromDayNumber(dn).day}`;
    const labelRect: Rect = vertical
      ? { x, y: cell.y, width: dayGutter, height: Math.min(cell.height, 1.6 * size) }
      : { x: cell.x, y: cell.y, width: cell.width, height: 1.6 * size };
    drawTextBlock(ctx, labelRect, name, { ...label, align: "center" }, "horizontal", { wrap: false, quietOverflow: true });
    if (p.link_strategy !== "none") ctx.link(cell, dayTarget(ctx, dn), "generated");
    if (highlights.includes(formatIsoDate(dn))) ctx.draw(highlightBox(cell, ctx.profile.minStrokePt, base.color));
  });
  if (p.highlight_today && ctx.today === undefined) {
    ctx.report({ severity: "warning", code: "lint", message: "highlight_today ignored: no 'today' render option" });
  }
  if (p.show_time_grid && !vertical) drawTimeGrid(ctx, { x, y: bodyTop + 1.6 * size, width, height: bodyH - 1.6 * size }, gutter, label);
}

function drawTimeGrid(ctx: CalendarContext, area: Rect, gutter: number, label: ReturnType<typeof scaledStyle>): void {
  // The validator keeps 0 ≤ start < end ≤ 24 and both slot lengths in 5–240 minutes.
  const { time_start_hour: startH, time_end_hour: endH, time_slot_minutes: slot, time_label_interval: every } = ctx.w.properties;
  const slots = Math.floor(((endH - startH) * 60) / slot);
  const slotH = area.height / Math.max(1, slots);
  const lw = Math.max(0.5, ctx.profile.minStrokePt);
  ctx.draw((pt) => {
    pt.save().lineWidth(lw).strokeColor(GUIDE_GREY);
    for (let i = 1; i < slots; i++) pt.moveTo(area.x + gutter, area.y + i * slotH).lineTo(area.x + area.width, area.y + i * slotH);
    pt.stroke().restore();
  });
  if (gutter <= 0) return;
  for (let i = 0; i < slots; i++) {
    const minutes = startH * 60 + i * slot;
    if ((minutes - startH * 60) % every !== 0) continue;
    const text = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    drawTextBlock(
      ctx,
      { x: area.x, y: area.y + i * slotH, width: gutter, height: Math.min(slotH, label.size * 1.4) },
      text,
      { ...label, align: "left" },
      "horizontal",
      { wrap: false, quietOverflow: true },
    );
  }
}
