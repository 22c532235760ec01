// Shared pieces of calendar and day_list: date parsing, link targets per strategy, label styles.
import type { WidgetOf } from "@/lib/templates/types";
import { formatIsoDate, fromDayNumber, isoWeek, mondayOf, pad, parseIsoDate, resolveLocale, type LocaleId } from "@/lib/templates/tokens";
import type { RenderVars } from "@/lib/templates/tokens";
import type { WidgetContext } from "../widget-context";
import type { TextStyle } from "../text-layout";

export type DatedContext = WidgetContext<WidgetOf<"calendar"> | WidgetOf<"day_list">>;

/** Built-in greys (trailing days, hour grid, notes lines): unchanged by the monochrome conversion (§7.5). */
export const TRAILING_GREY = "#888888";
export const GUIDE_GREY = "#CCCCCC";

/** A calendar's own locale, else the document's; unsupported locales draw in English (validation reports locale_fallback). */
export function localeOf(ctx: DatedContext): LocaleId {
  return resolveLocale(ctx.w.type === "calendar" ? (ctx.w.properties.locale ?? ctx.locale) : ctx.locale).locale;
}

/** A date property after render-time tokens; `YYYY-MM` is the 1st. An unparsable date fails the widget (§3.15). */
export function parseDate(ctx: DatedContext, value: string, key: "start_date" | "end_date" = "start_date"): number {
  const raw = ctx.text(value);
  const dn = parseIsoDate(raw.trim(), true);
  if (dn === undefined) throw new Error(`${key} "${raw}" is not a date (YYYY-MM-DD or YYYY-MM)`);
  return dn;
}

export function dateVars(dn: number): RenderVars {
  const d = fromDayNumber(dn);
  const w = isoWeek(dn);
  return {
    date: formatIsoDate(dn),
    year: d.year,
    month: d.month,
    day: d.day,
    week: w.week,
    iso_year: w.isoYear,
    iso_week: `${w.isoYear}-W${pad(w.week, 2)}`,
  };
}

/** Target for a day cell, or "" when the strategy links nothing. */
export function dayTarget(ctx: DatedContext, dn: number): string {
  const d = fromDayNumber(dn);
  const p = ctx.w.properties;
  if (p.link_strategy === "simple") return `Page_${d.day}`;
  if (p.link_strategy === "sequential_pages") {
    // day_list has no pages_per_date: one page per day (§3.16).
    const per = ctx.w.type === "calendar" ? ctx.w.properties.pages_per_date : 1;
    return `Page_${p.first_page_number + (d.day - 1) * per}`;
  }
  if (p.link_strategy === "named_destinations") return ctx.target(p.link_template, dateVars(dn));
  return "";
}

export function weekTarget(ctx: DatedContext, dn: number): string {
  return ctx.target(ctx.w.properties.week_link_template, dateVars(mondayOf(dn)));
}

/** Label style derived from the widget size; derived sizes are raised silently to the minimum (§7.5). */
export function scaledStyle(base: TextStyle, factor: number, minFont: number): TextStyle {
  return { ...base, size: Math.min(72, Math.max(6, minFont, base.size * factor)) };
}
