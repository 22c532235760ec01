// Property schemas for `calendar` (§3.15) and `day_list` (§3.16).
import { z } from "zod";
import type { WeekStart } from "../types";
import { defineWidget, defined } from "./widget-base";
import { int, intIn, nonNegative, numIn, colour, orientation, positive, text } from "./primitives";

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** `YYYY-MM` means the 1st; returns a comparable `YYYY-MM-DD`, or undefined for tokens. */
function comparableDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (!DATE.test(trimmed)) return undefined;
  return trimmed.length === 7 ? `${trimmed}-01` : trimmed;
}

/** Calendar: `6`, `sunday`, `sun` select Sunday; everything else Monday. */
export function calendarWeekStart(value: number | string | undefined): WeekStart {
  if (value === undefined) return "monday";
  const v = String(value).trim().toLowerCase();
  return v === "6" || v === "sunday" || v === "sun" ? "sunday" : "monday";
}

/** day_list (§3.16): only `monday` selects Monday; any other value (`mon` too, unlike calendar) means Sunday. */
export function dayListWeekStart(value: number | string | undefined): WeekStart {
  if (value === undefined) return "monday";
  return String(value).trim().toLowerCase() === "monday" ? "monday" : "sunday";
}

const weekStart = z.union([int(), z.string()]);
const nameStyle = z.enum(["short", "narrow", "full"]);
const monthFormat = z.enum(["long", "short"]);

export const calendarWidget = defineWidget(
  "calendar",
  z.object({
    calendar_type: z.enum(["monthly", "weekly", "custom_range"]).optional(),
    start_date: text().pipe(z.string().min(1)),
    end_date: text().optional(),
    show_weekdays: z.boolean().optional(),
    show_month_name: z.boolean().optional(),
    show_year: z.boolean().optional(),
    show_grid_lines: z.boolean().optional(),
    layout_orientation: z.enum(["horizontal", "vertical"]).optional(),
    first_day_of_week: weekStart.optional(),
    cell_min_size: positive().optional(),
    // `template` and `no_links` are mapped to their canonical names (with a deprecated warning) before this.
    link_strategy: z.enum(["none", "simple", "named_destinations", "sequential_pages"]).optional(),
    link_template: text().optional(),
    week_link_template: text().optional(),
    first_page_number: int().optional(),
    pages_per_date: intIn(1, 10000).optional(),
    show_trailing_days: z.boolean().optional(),
    highlight_today: z.boolean().optional(),
    highlight_date: text().optional(),
    weekday_label_style: nameStyle.optional(),
    month_name_format: monthFormat.optional(),
    week_numbers: z.boolean().optional(),
    cell_padding: nonNegative().optional(),
    force_weeks: int().optional(),
    show_time_grid: z.boolean().optional(),
    show_time_gutter: z.boolean().optional(),
    time_start_hour: numIn(0, 24).optional(),
    time_end_hour: numIn(0, 24).optional(),
    time_slot_minutes: numIn(5, 240).optional(),
    time_label_interval: numIn(5, 240).optional(),
    locale: text().optional(),
  }),
  (p, ctx) => {
    const type = p.calendar_type ?? "monthly";
    if (type === "custom_range") {
      if (p.end_date === undefined) ctx.issue(["end_date"], "is required when calendar_type is custom_range");
      const start = comparableDate(p.start_date);
      const end = p.end_date === undefined ? undefined : comparableDate(p.end_date);
      if (start && end && end < start) {
        ctx.issue(["end_date"], `must not be before start_date ${p.start_date} (got "${p.end_date ?? ""}")`);
      }
    }
    const startHour = p.time_start_hour ?? 8;
    const endHour = p.time_end_hour ?? 20;
    if (startHour >= endHour) {
      ctx.issue(["time_end_hour"], `must be greater than time_start_hour ${startHour} (got ${endHour})`);
    }
    const { first_day_of_week, force_weeks, ...rest } = p;
    return {
      calendar_type: type,
      show_weekdays: true,
      show_month_name: true,
      show_year: true,
      show_grid_lines: true,
      layout_orientation: "horizontal" as const,
      cell_min_size: 24,
      link_strategy: "none" as const,
      link_template: "day:{date}",
      week_link_template: "week:{week}",
      first_page_number: 1,
      pages_per_date: 1,
      show_trailing_days: false,
      highlight_today: false,
      weekday_label_style: "short" as const,
      month_name_format: "long" as const,
      week_numbers: false,
      cell_padding: 4,
      show_time_grid: false,
      show_time_gutter: false,
      time_slot_minutes: 60,
      time_label_interval: 60,
      ...defined(rest),
      start_date: p.start_date,
      time_start_hour: startHour,
      time_end_hour: endHour,
      first_day_of_week: calendarWeekStart(first_day_of_week),
      ...(force_weeks !== undefined ? { force_weeks: Math.min(6, Math.max(4, force_weeks)) } : {}),
    };
  },
);

export const dayListWidget = defineWidget(
  "day_list",
  z.object({
    start_date: text().pipe(z.string().min(1)),
    show_day_numbers: z.boolean().optional(),
    show_weekday_names: z.boolean().optional(),
    weekday_format: nameStyle.optional(),
    show_week_numbers: z.boolean().optional(),
    row_height: positive().optional(),
    show_notes_lines: z.boolean().optional(),
    notes_line_count: intIn(0, 100).optional(),
    highlight_weekends: z.boolean().optional(),
    weekend_color: colour().optional(),
    first_day_of_week: weekStart.optional(),
    link_strategy: z.enum(["no_links", "none", "named_destinations", "sequential_pages"]).optional(),
    link_template: text().optional(),
    week_link_template: text().optional(),
    first_page_number: int().optional(),
    show_month_header: z.boolean().optional(),
    show_year_in_header: z.boolean().optional(),
    month_name_format: monthFormat.optional(),
    orientation: orientation().optional(),
  }),
  (p) => {
    const { first_day_of_week, link_strategy, ...rest } = p;
    return {
      show_day_numbers: true,
      show_weekday_names: true,
      weekday_format: "short" as const,
      show_week_numbers: false,
      row_height: 20,
      show_notes_lines: true,
      notes_line_count: 1,
      highlight_weekends: false,
      weekend_color: "#F0F0F0",
      link_template: "day:{date}",
      week_link_template: "week:{week}",
      first_page_number: 2,
      show_month_header: false,
      show_year_in_header: false,
      month_name_format: "long" as const,
      orientation: "horizontal" as const,
      ...defined(rest),
      start_date: p.start_date,
      first_day_of_week: dayListWeekStart(first_day_of_week),
      link_strategy: link_strategy === undefined || link_strategy === "no_links" ? "none" : link_strategy,
    };
  },
);
