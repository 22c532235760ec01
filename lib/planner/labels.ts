// Words and labels of the generated planner: its name, the year blocks' labels, and the date and
// week-range labels pages show, per locale.
import { fromDayNumber, fromMonthIndex, isoWeek, pad } from "@/lib/templates/tokens/dates";
import { monthInDate, monthName, type LocaleId } from "@/lib/templates/tokens/locales";
import type { PlannerOptions } from "./schema";
import type { PlannerPage, PlannerStructure } from "./structure";
import { wordsFor, type Words } from "./words";

export type Labels = { period: string; block: string[] };

export function blockLabels(st: PlannerStructure): Labels {
  const block: string[] = [];
  for (let mi = st.firstMonth; mi <= st.lastMonth; mi += 12) {
    const a = fromMonthIndex(mi).year;
    const b = fromMonthIndex(Math.min(st.lastMonth, mi + 11)).year;
    block.push(a === b ? String(a) : `${a}–${String(b).slice(2)}`);
  }
  const a = fromMonthIndex(st.firstMonth);
  const b = fromMonthIndex(st.lastMonth);
  const ym = (m: { year: number; month: number }) => `${pad(m.year, 4)}-${pad(m.month, 2)}`;
  return { period: st.firstMonth === st.lastMonth ? ym(a) : `${ym(a)} – ${ym(b)}`, block };
}

export function plannerName(o: PlannerOptions, st: PlannerStructure, locale: LocaleId): string {
  if (o.title) return o.title.replace(/[{}]/g, "");
  const a = fromMonthIndex(st.firstMonth);
  const b = fromMonthIndex(st.lastMonth);
  const word = wordsFor(locale);
  if (a.month === 1 && o.months === 12) return `${word.year === "Year" ? "Planner" : word.year} ${a.year}`;
  // One month is "January 2027", not "Jan 2027 – Jan 2027" (which also wrapped on small tablets).
  if (st.firstMonth === st.lastMonth) return `${monthName(locale, a.month, "long")} ${a.year}`;
  return `${monthName(locale, a.month, "short")} ${a.year} – ${monthName(locale, b.month, "short")} ${b.year}`;
}

export function monthYm(mi: number): string {
  const { year, month } = fromMonthIndex(mi);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatIsoWeekOf(dn: number): string {
  const w = isoWeek(dn);
  return `${pad(w.isoYear, 4)}-w${pad(w.week, 2)}`;
}

export function dateLabel(locale: LocaleId, dn: number): string {
  const { year, month, day } = fromDayNumber(dn);
  // After a day number: "14 marca 2026", not "14 Marzec 2026" (the heading form).
  const mn = monthInDate(locale, month);
  if (locale === "en") return `${mn} ${day}, ${year}`;
  if (locale === "ja" || locale === "zh") return `${year}年${month}月${day}日`;
  if (locale === "hu") return `${year}. ${mn} ${day}.`;
  return `${day} ${mn} ${year}`;
}

export function rangeLabel(locale: LocaleId, start: number): string {
  const a = fromDayNumber(start);
  const b = fromDayNumber(start + 6);
  const m = (d: typeof a) => monthName(locale, d.month, "short");
  if (locale === "ja" || locale === "zh") return `${a.month}月${a.day}日 – ${b.month}月${b.day}日`;
  if (locale === "en") return a.month === b.month ? `${m(a)} ${a.day} – ${b.day}` : `${m(a)} ${a.day} – ${m(b)} ${b.day}`;
  return a.month === b.month ? `${a.day} – ${b.day} ${m(b)}` : `${a.day} ${m(a)} – ${b.day} ${m(b)}`;
}

/** The page's outline entry: its title and its level below the sections the planner has. */
export function outlineOf(
  o: PlannerOptions,
  p: PlannerPage,
  ctx: Record<string, string | number>,
  words: Words,
): { title: string; level: number } {
  const s = o.sections;
  const month = s.year ? 2 : 1;
  const week = s.months ? month + 1 : month;
  const day = s.weeks ? week + 1 : week;
  const title = String(ctx.title).slice(0, 60);
  switch (p.type) {
    case "index":
      return { title: words.index, level: 1 };
    case "goals":
    case "year":
    case "notes_index":
      return { title, level: 1 };
    case "quarter":
      return { title, level: month };
    case "month":
      return { title: `${title} ${ctx.sub}`, level: month };
    case "habits":
      return { title, level: s.months ? month + 1 : month };
    case "week":
      return { title, level: week };
    case "day":
      return { title: `${title} ${fromDayNumber(p.day).day}`, level: day };
    case "notes":
      return { title, level: 2 };
  }
}
