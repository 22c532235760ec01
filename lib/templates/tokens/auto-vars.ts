// Automatic variables per generated page (§5.5) and the item lists of the date modes (§5.6).
import {
  daysInMonth,
  formatIsoDate,
  formatIsoWeek,
  fromDayNumber,
  fromMonthIndex,
  isoWeek,
  isoWeeksInYear,
  mondayOf,
  monthIndex,
  pad,
  toDayNumber,
  weekdayIndex,
} from "./dates";
import type { TokenValue } from "./format-spec";
import { formatDateLong, monthInDate, monthName, weekdayName, type LocaleId } from "./locales";

export type DateMode = "each_day" | "each_week" | "each_month";
export const DATE_MODES: readonly DateMode[] = ["each_day", "each_week", "each_month"];

export function isDateMode(mode: string): mode is DateMode {
  return (DATE_MODES as readonly string[]).includes(mode);
}

/** Names set on every page of a date-mode section. */
export const DATE_VARIABLE_NAMES: readonly string[] = [
  "date",
  "date_long",
  "year",
  "month",
  "day",
  "month_padded",
  "month_padded3",
  "day_padded",
  "month_name",
  "month_in_date",
  "weekday",
  "week",
  "iso_week",
  "date_prev",
  "date_next",
  "year_prev",
  "year_next",
  "month_prev",
  "month_next",
  "week_prev",
  "week_next",
  "month_abbr",
  "weekday_abbr",
  "month_prev_ym",
  "month_next_ym",
  "iso_week_prev",
  "iso_week_next",
  "days_in_month",
];

/** Names set on every page whatever the mode. `page`/`total_pages` are resolved late (§5.4). */
export const ALWAYS_VARIABLE_NAMES: readonly string[] = ["locale", "subpage", "page", "total_pages"];

/** Number of items of a date section over the inclusive range [start, end] (day numbers). */
export function countDateItems(mode: DateMode, start: number, end: number): number {
  if (end < start) return 0;
  if (mode === "each_day") return end - start + 1;
  if (mode === "each_week") return (mondayOf(end) - mondayOf(start)) / 7 + 1;
  const a = fromDayNumber(start);
  const b = fromDayNumber(end);
  return monthIndex(b.year, b.month) - monthIndex(a.year, a.month) + 1;
}

/** Day number of item i: the day; the Monday of the ISO week; the 1st of the month. */
export function dateItem(mode: DateMode, start: number, i: number): number {
  if (mode === "each_day") return start + i;
  if (mode === "each_week") return mondayOf(start) + 7 * i;
  const a = fromDayNumber(start);
  const { year, month } = fromMonthIndex(monthIndex(a.year, a.month) + i);
  return toDayNumber(year, month, 1);
}

export type ItemPosition = { first: boolean; last: boolean };

/** All date variables of one item; boundary variables are "" on the first / last item. */
export function dateVariables(dn: number, locale: LocaleId, pos: ItemPosition): Record<string, TokenValue> {
  const { year, month, day } = fromDayNumber(dn);
  const wd = weekdayIndex(dn);
  const iw = isoWeek(dn);
  const lastWeek = isoWeeksInYear(iw.isoYear);
  const prevMonth = fromMonthIndex(monthIndex(year, month) - 1);
  const nextMonth = fromMonthIndex(monthIndex(year, month) + 1);
  const ym = (m: { year: number; month: number }) => `${pad(m.year, 4)}-${pad(m.month, 2)}`;
  const ifNotFirst = (v: TokenValue) => (pos.first ? "" : v);
  const ifNotLast = (v: TokenValue) => (pos.last ? "" : v);
  return {
    date: formatIsoDate(dn),
    date_long: formatDateLong(locale, dn),
    year,
    month,
    day,
    month_padded: pad(month, 2),
    month_padded3: pad(month, 3),
    day_padded: pad(day, 2),
    month_name: monthName(locale, month),
    month_in_date: monthInDate(locale, month),
    weekday: weekdayName(locale, wd),
    week: iw.week,
    iso_week: formatIsoWeek(iw),
    date_prev: ifNotFirst(formatIsoDate(dn - 1)),
    date_next: ifNotLast(formatIsoDate(dn + 1)),
    year_prev: ifNotFirst(year - 1),
    year_next: ifNotLast(year + 1),
    // Kept for compatibility (D9): the month wraps but the year does not; see month_prev_ym.
    month_prev: ifNotFirst(month === 1 ? 12 : month - 1),
    month_next: ifNotLast(month === 12 ? 1 : month + 1),
    week_prev: pos.first || iw.week <= 1 ? "" : iw.week - 1,
    week_next: pos.last || iw.week >= lastWeek ? "" : iw.week + 1,
    month_abbr: monthName(locale, month, "short"),
    weekday_abbr: weekdayName(locale, wd, "short"),
    month_prev_ym: ifNotFirst(ym(prevMonth)),
    month_next_ym: ifNotLast(ym(nextMonth)),
    iso_week_prev: ifNotFirst(formatIsoWeek(isoWeek(dn - 7))),
    iso_week_next: ifNotLast(formatIsoWeek(isoWeek(dn + 7))),
    days_in_month: daysInMonth(year, month),
  };
}

/** §5.5 lint: `{year}` next to `month_prev`/`month_next` is wrong in January/December (D9). */
export function usesYearWithMonthNeighbour(names: readonly string[]): boolean {
  return names.includes("year") && (names.includes("month_prev") || names.includes("month_next"));
}
