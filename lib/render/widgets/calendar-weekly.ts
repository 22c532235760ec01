// Weekly calendar (§3.15): the 7 days of the week containing start_date, as columns (horizontal) or
// rows (vertical), with an optional hour grid; all seven days link (D17).
import { formatIsoDate, fromDayNumber, isoWeek, monthName, weekdayIndex, weekdayName } from "@/lib/templates/tokens";
import { paintColor } from "../color";
import { drawTextBlock } from "../draw-text";
import { bool, num, optStr, str } from "../props";
import type { Rect } from "../model";
import type { WidgetContext } from "../widget-context";
import { baseStyle, dayTarget, localeOf, parseStart, scaledStyle, strategyOf, weekStartsSunday } from "./calendar-common";
import { gridPath, highlightBox } from "./grid";

export function buildWeeklyCalendar(ctx: WidgetContext): void {
  const p = ctx.w.properties;
  const { x, y, width, height } = ctx.w.position;
  const locale = localeOf(ctx);
  const start = parseStart(ctx);
  const sunday = weekStartsSunday(p?.first_day_of_week);
  const first = start - ((weekdayIndex(start) + (sunday ? 1 : 0)) % 7);
  const sd = fromDayNumber(start);
  const parts = [bool(p, "show_month_name", true) ? monthName(locale, sd.month, str(p, "month_name_format", "long") === "short" ? "short" : "long") : "", bool(p, "show_year", true) ? String(sd.year) : ""].filter((x) => x !== "");
  const header = `${parts.join(" ")}${parts.length > 0 ? " — " : ""}Week ${isoWeek(start).week}`;
  const base = baseStyle(ctx);
  const size = base.size;
  const headerH = 2 * size;
  const label = scaledStyle(base, 0.8, ctx.profile.minFontPt);
  drawTextBlock(ctx, { x, y, width, height: headerH }, header, base, "horizontal", { wrap: false, quietOverflow: true });
  const vertical = str(p, "layout_orientation", "horizontal") === "vertical";
  const timeGrid = bool(p, "show_time_grid", false);
  const gutter = bool(p, "show_time_gutter", false) ? 2.2 * size : 0;
  const bodyTop = y + headerH;
  // cell_min_size bounds each cell: the one body-tall column, or each of the seven rows.
  const cellMin = num(p, "cell_min_size", 24);
  const bodyH = vertical ? 7 * Math.max(cellMin, (height - headerH) / 7) : Math.max(cellMin, height - headerH);
  const strategy = strategyOf(ctx, "none");
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
  if (bool(p, "show_grid_lines", true)) {
    const body: Rect = { x: x + (vertical ? 0 : gutter), y: bodyTop, width: width - (vertical ? 0 : gutter), height: bodyH };
    const cols = vertical ? [dayGutter] : Array.from({ length: 7 }, (_, i) => (i + 1) * (body.width / 7));
    ctx.draw(gridPath(body, cols, vertical ? 7 : 1, lw, color, false));
  }
  const style = str(p, "weekday_label_style", "short");
  const highlights = [optStr(p, "highlight_date"), bool(p, "highlight_today", false) ? ctx.today : undefined].filter((h): h is string => h !== undefined);
  cells.forEach((cell, i) => {
    const dn = first + i;
    const wd = (i + (sunday ? 6 : 0)) % 7;
    const name = `${weekdayName(locale, wd, style === "full" ? "full" : style === "narrow" ? "narrow" : "short")} ${fromDayNumber(dn).day}`;
    const labelRect: Rect = vertical
      ? { x, y: cell.y, width: dayGutter, height: Math.min(cell.height, 1.6 * size) }
      : { x: cell.x, y: cell.y, width: cell.width, height: 1.6 * size };
    drawTextBlock(ctx, labelRect, name, { ...label, align: "center" }, "horizontal", { wrap: false, quietOverflow: true });
    if (strategy !== "none") ctx.link(cell, dayTarget(ctx, dn, strategy, 1), "generated");
    if (highlights.includes(formatIsoDate(dn))) ctx.draw(highlightBox(cell, ctx.profile.minStrokePt, base.color));
  });
  if (bool(p, "highlight_today", false) && ctx.today === undefined) {
    ctx.report({ severity: "warning", code: "lint", message: "highlight_today ignored: no 'today' render option" });
  }
  if (timeGrid && !vertical) drawTimeGrid(ctx, { x, y: bodyTop + 1.6 * size, width, height: bodyH - 1.6 * size }, gutter, label);
}

function drawTimeGrid(ctx: WidgetContext, area: Rect, gutter: number, label: ReturnType<typeof scaledStyle>): void {
  const p = ctx.w.properties;
  const startH = num(p, "time_start_hour", 8, 0, 24);
  const endH = Math.max(startH + 1, num(p, "time_end_hour", 20, 0, 24));
  const slot = num(p, "time_slot_minutes", 60, 5, 240);
  const every = num(p, "time_label_interval", 60, 5, 240);
  const slots = Math.floor(((endH - startH) * 60) / slot);
  const slotH = area.height / Math.max(1, slots);
  const grey = paintColor("#CCCCCC", "#CCCCCC", ctx.profile) ?? "#CCCCCC";
  const lw = Math.max(0.5, ctx.profile.minStrokePt);
  ctx.draw((pt) => {
    pt.save().lineWidth(lw).strokeColor(grey);
    for (let i = 1; i < slots; i++) pt.moveTo(area.x + gutter, area.y + i * slotH).lineTo(area.x + area.width, area.y + i * slotH);
    pt.stroke().restore();
  });
  if (gutter <= 0) return;
  for (let i = 0; i < slots; i++) {
    const minutes = startH * 60 + i * slot;
    if ((minutes - startH * 60) % every !== 0) continue;
    const text = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    drawTextBlock(ctx, { x: area.x, y: area.y + i * slotH, width: gutter, height: Math.min(slotH, label.size * 1.4) }, text, { ...label, align: "left" }, "horizontal", { wrap: false, quietOverflow: true });
  }
}
