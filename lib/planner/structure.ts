// The planner's pages, in order, before any YAML: the single source of the page count (the limit is
// checked on this list before any work), the outline and every destination id. Browser-safe, so the
// builder form shows the exact page count as options change.
import {
  formatIsoDate,
  formatIsoWeek,
  fromDayNumber,
  fromMonthIndex,
  isoWeek,
  monthIndex,
  pad,
  toDayNumber,
  weekdayIndex,
  daysInMonth,
} from "@/lib/templates/tokens/dates";
import type { PlannerOptions } from "./schema";

type Base = { dest: string; /** Months of the page's 12-month block shown as side tabs (0-based). */ block: number };
export type PlannerPage = Base &
  (
    | { type: "index" }
    | { type: "goals" }
    | { type: "year"; months: number[] }
    | { type: "quarter"; months: number[] }
    | { type: "month"; month: number }
    | { type: "habits"; month: number }
    | { type: "week"; start: number; month: number }
    | { type: "day"; day: number; month: number }
    | { type: "notes_index" }
    | { type: "notes"; n: number }
  );

export type PlannerStructure = {
  pages: PlannerPage[];
  /** Month index (year × 12 + month − 1) of the first and last month. */
  firstMonth: number;
  lastMonth: number;
  firstDay: number;
  lastDay: number;
  /** Where a month tab leads: the month page, else its first week or day page. */
  monthTarget: Map<number, string>;
  /** Destination of each 12-month block's overview, or of its first page without one. */
  blockTarget: string[];
};

export const monthDest = (mi: number) => {
  const { year, month } = fromMonthIndex(mi);
  return `month:${pad(year, 4)}-${pad(month, 2)}`;
};
export const dayDest = (dn: number) => `day:${formatIsoDate(dn)}`;
/** Weeks are named by the ISO week of their Monday, which is also what a calendar's week column links to. */
export const weekDest = (start: number, sunday: boolean) => `week:${formatIsoWeek(isoWeek(sunday ? start + 1 : start)).toLowerCase()}`;
export const notesDest = (n: number) => `notes:page:${pad(n, 3)}`;

export function weekStartOf(dn: number, sunday: boolean): number {
  return sunday ? dn - ((weekdayIndex(dn) + 1) % 7) : dn - weekdayIndex(dn);
}

export function parseStart(start: string): number {
  const [y, m] = start.split("-").map(Number);
  return monthIndex(y ?? 0, m ?? 1);
}

export function plannerStructure(o: PlannerOptions): PlannerStructure {
  const s = o.sections;
  const sunday = o.week_start === "sunday";
  const firstMonth = parseStart(o.start);
  const lastMonth = firstMonth + o.months - 1;
  const first = fromMonthIndex(firstMonth);
  const last = fromMonthIndex(lastMonth);
  const firstDay = toDayNumber(first.year, first.month, 1);
  const lastDay = toDayNumber(last.year, last.month, daysInMonth(last.year, last.month));
  const blockOf = (mi: number) => Math.floor((mi - firstMonth) / 12);

  // Each week goes with the month its first day inside the period falls in, so a week spanning two
  // months is generated once, followed by its own days.
  const weeksByMonth = new Map<number, number[]>();
  if (s.weeks) {
    for (let d = firstDay; d <= lastDay; d++) {
      const ws = weekStartOf(d, sunday);
      if (ws !== d && d !== firstDay) continue;
      const { year, month } = fromDayNumber(d);
      const mi = monthIndex(year, month);
      weeksByMonth.set(mi, [...(weeksByMonth.get(mi) ?? []), ws]);
    }
  }

  const pages: PlannerPage[] = [];
  const monthTarget = new Map<number, string>();
  const blockTarget: string[] = [];
  if (s.index) pages.push({ type: "index", dest: "home:index", block: 0 });
  if (s.goals) pages.push({ type: "goals", dest: "goals:year", block: 0 });
  for (let mi = firstMonth; mi <= lastMonth; mi++) {
    const block = blockOf(mi);
    const { year, month } = fromMonthIndex(mi);
    const ym = `${pad(year, 4)}-${pad(month, 2)}`;
    const before = pages.length;
    if (s.year && (mi - firstMonth) % 12 === 0) {
      const months = range(mi, Math.min(lastMonth, mi + 11));
      pages.push({ type: "year", dest: `year:${pad(year, 4)}`, block, months });
    }
    if (s.quarters && (mi - firstMonth) % 3 === 0)
      pages.push({ type: "quarter", dest: `quarter:${ym}`, block, months: range(mi, Math.min(lastMonth, mi + 2)) });
    if (blockTarget[block] === undefined && pages.length > before) blockTarget[block] = pages[before]?.dest ?? "";
    const monthFirst = pages.length;
    if (s.months) pages.push({ type: "month", dest: monthDest(mi), block, month: mi });
    if (s.habits) pages.push({ type: "habits", dest: `habits:${ym}`, block, month: mi });
    const days = (from: number, to: number) => {
      if (!s.days.enabled) return;
      for (let d = Math.max(from, firstDay); d <= Math.min(to, lastDay); d++)
        pages.push({ type: "day", dest: dayDest(d), block, day: d, month: mi });
    };
    if (s.weeks) {
      for (const ws of weeksByMonth.get(mi) ?? []) {
        pages.push({ type: "week", dest: weekDest(ws, sunday), block, start: ws, month: mi });
        days(ws, ws + 6);
      }
    } else days(toDayNumber(year, month, 1), toDayNumber(year, month, daysInMonth(year, month)));
    const target = pages[monthFirst];
    if (target) monthTarget.set(mi, target.dest);
    if (blockTarget[block] === undefined && target) blockTarget[block] = target.dest;
  }
  if (s.notes > 0) {
    pages.push({ type: "notes_index", dest: "notes:index", block: 0 });
    for (let n = 1; n <= s.notes; n++) pages.push({ type: "notes", dest: notesDest(n), block: 0, n });
  }
  return { pages, firstMonth, lastMonth, firstDay, lastDay, monthTarget, blockTarget };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** The exact page count, without generating anything. */
export function plannerPageCount(o: PlannerOptions): number {
  return plannerStructure(o).pages.length;
}

export function pageLimitMessage(count: number, max: number): string {
  return `This planner has ${count.toLocaleString("en-US")} pages; the limit is ${max.toLocaleString("en-US")}. Choose fewer months, or turn off day or week pages.`;
}
