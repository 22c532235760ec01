// Shared pieces of calendar and day_list: property reading, link targets per strategy, label styles.
import { formatIsoDate, fromDayNumber, isoWeek, mondayOf, pad, parseIsoDate, resolveLocale, type LocaleId } from "@/lib/templates/tokens";
import { num, str } from "../props";
import type { RenderVars } from "@/lib/templates/tokens";
import { textStyle, type WidgetContext } from "../widget-context";
import type { TextStyle } from "../text-layout";

export function weekStartsSunday(value: unknown): boolean {
  return value === 6 || value === "6" || value === "sunday" || value === "sun";
}

/** Unsupported locales draw in English; validation reports locale_fallback once per widget (checks.ts). */
export function localeOf(ctx: WidgetContext): LocaleId {
  const own = ctx.w.properties?.locale;
  return resolveLocale(typeof own === "string" ? own : ctx.locale).locale;
}

export function parseStart(ctx: WidgetContext, key = "start_date"): number {
  const raw = ctx.text(str(ctx.w.properties, key, ""));
  const dn = parseIsoDate(raw.trim(), true);
  if (dn === undefined) throw new Error(`${key} "${raw}" is not a date (YYYY-MM-DD or YYYY-MM)`);
  return dn;
}

export function strategyOf(ctx: WidgetContext, fallback: string): "none" | "simple" | "named" | "sequential" {
  const s = str(ctx.w.properties, "link_strategy", fallback);
  if (s === "simple") return "simple";
  if (s === "named_destinations" || s === "template") return "named";
  if (s === "sequential_pages") return "sequential";
  return "none";
}

export function dateVars(dn: number): RenderVars {
  const d = fromDayNumber(dn);
  const w = isoWeek(dn);
  return { date: formatIsoDate(dn), year: d.year, month: d.month, day: d.day, week: w.week, iso_year: w.isoYear, iso_week: `${w.isoYear}-W${pad(w.week, 2)}` };
}

/** Target for a day cell, or "" when the strategy links nothing. */
export function dayTarget(ctx: WidgetContext, dn: number, strategy: ReturnType<typeof strategyOf>, defaultFirstPage: number): string {
  const d = fromDayNumber(dn);
  const p = ctx.w.properties;
  if (strategy === "simple") return `Page_${d.day}`;
  if (strategy === "sequential") {
    const first = num(p, "first_page_number", defaultFirstPage);
    const per = num(p, "pages_per_date", 1);
    return `Page_${first + (d.day - 1) * per}`;
  }
  if (strategy === "named") return ctx.target(str(p, "link_template", "day:{date}"), dateVars(dn));
  return "";
}

export function weekTarget(ctx: WidgetContext, dn: number): string {
  return ctx.target(str(ctx.w.properties, "week_link_template", "week:{week}"), dateVars(mondayOf(dn)));
}

/** Label style derived from the widget size; derived sizes are raised silently to the minimum (§7.5). */
export function scaledStyle(base: TextStyle, factor: number, minFont: number): TextStyle {
  return { ...base, size: Math.min(72, Math.max(6, minFont, base.size * factor)) };
}

export function baseStyle(ctx: WidgetContext): TextStyle {
  return textStyle(ctx, { size: 10, color: "#000000" });
}
