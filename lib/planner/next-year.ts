// "Make next year's": the same options a year on. Browser-safe (the builder uses it for settings read
// back from last year's PDF).
import { fromMonthIndex, pad } from "@/lib/templates/tokens/dates";
import type { PlannerOptions } from "./schema";
import { parseStart } from "./structure";

/** Whole years ahead: a 12-month planner moves by a year, a 14-month one by two, so it never overlaps. */
export function nextPeriod(o: PlannerOptions): PlannerOptions {
  const { year, month } = fromMonthIndex(parseStart(o.start) + Math.ceil(o.months / 12) * 12);
  const title = o.title ? shiftYears(o.title, year - Number(o.start.slice(0, 4))) : undefined;
  return { ...o, start: `${pad(year, 4)}-${pad(month, 2)}`, ...(title ? { title } : {}) };
}

/** "Planner 2027" → "Planner 2028"; "2026–27" → "2027–28". */
export function shiftYears(text: string, by: number): string {
  if (by === 0) return text;
  return text
    .replace(/\b(19|20|21)(\d{2})\b/g, (y) => String(Number(y) + by))
    .replace(/(?<=\d{4}–)(\d{2})\b/g, (yy) => pad((Number(yy) + by) % 100, 2));
}
