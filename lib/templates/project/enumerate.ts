// Steps 2 of §6.4: exact page count and the dry item list, computed before any widget is built (D13).
import type { Diagnostic } from "../diagnostics";
import { countDateItems, dateItem, dateVariables } from "../tokens/auto-vars";
import { formatIsoDate, parseIsoDate } from "../tokens/dates";
import type { TokenValue } from "../tokens/format-spec";
import type { LocaleId } from "../tokens/locales";
import { mayContainTokens, recordLookup, substitute } from "../tokens/substitute";
import { isDateSection, type SectionModel } from "./model";

export type Vars = Record<string, TokenValue>;

/** One generated item: `pages` consecutive pages starting at `firstPage`, then its nested items. */
export type Item = {
  section: SectionModel;
  index: number;
  vars: Vars;
  firstPage: number;
  date?: string;
};

/** Iterating parent items to count context-dependent children is bounded to stay responsive. */
const MAX_ITERATED_ITEMS = 100_000;

export class EnumerationError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function dependsOnParent(sections: readonly SectionModel[]): boolean {
  return sections.some(
    (s) =>
      (s.startText !== undefined && mayContainTokens(s.startText)) ||
      (s.endText !== undefined && mayContainTokens(s.endText)) ||
      dependsOnParent(s.nested),
  );
}

function resolveDate(text: string, key: "start_date" | "end_date", s: SectionModel, parent: Vars | undefined): number {
  const resolved = mayContainTokens(text) && parent ? substitute(text, recordLookup(parent)).text : text;
  const dn = parseIsoDate(resolved);
  if (dn === undefined) {
    const where = parent?.date !== undefined ? ` [parent date ${String(parent.date)}]` : "";
    throw new EnumerationError({
      severity: "error",
      code: "schema",
      path: `${s.rangePath}.${key}${where}`,
      message: `must be a date YYYY-MM-DD (got "${resolved}")`,
    });
  }
  return dn;
}

type Range = { start: number; end: number } | undefined;

function rangeOf(s: SectionModel, parent: Vars | undefined): Range {
  if (!isDateSection(s) || s.startText === undefined || s.endText === undefined) return undefined;
  return { start: resolveDate(s.startText, "start_date", s, parent), end: resolveDate(s.endText, "end_date", s, parent) };
}

function itemCount(s: SectionModel, range: Range): number {
  if (s.mode === "once") return 1;
  if (s.mode === "count") return s.count;
  return range && isDateSection(s) ? countDateItems(s.mode, range.start, range.end) : 0;
}

const round = (v: number) => Math.round(v * 1e9) / 1e9;

/** Context of item i (§6.4 step 3): parent → date variables → context → locale → counters. */
export function itemVars(
  s: SectionModel,
  parent: Vars | undefined,
  range: Range,
  i: number,
  n: number,
  locale: LocaleId,
  planLocale: string,
): Vars {
  const vars: Vars = parent ? { ...parent } : {};
  if (isDateSection(s) && range)
    Object.assign(vars, dateVariables(dateItem(s.mode, range.start, i), locale, { first: i === 0, last: i === n - 1 }));
  Object.assign(vars, s.context);
  vars.locale = planLocale;
  for (const c of s.counters) {
    const value = round(c.start + i * c.step);
    vars[c.name] = value;
    // D14: `once` sections get no neighbours; elsewhere they are absent on the first / last item.
    if (s.mode !== "once") {
      if (i > 0) vars[`${c.name}_prev`] = round(value - c.step);
      else delete vars[`${c.name}_prev`];
      if (i < n - 1) vars[`${c.name}_next`] = round(value + c.step);
      else delete vars[`${c.name}_next`];
    }
  }
  return vars;
}

export type EnumerationEnv = { locale: LocaleId; planLocale: string };

function sectionPages(s: SectionModel, parent: Vars | undefined, env: EnumerationEnv, budget: { items: number }): number {
  const range = rangeOf(s, parent);
  const n = itemCount(s, range);
  if (s.nested.length === 0) return n * s.pagesPerItem;
  if (!dependsOnParent(s.nested)) {
    const perItem = s.nested.reduce((sum, child) => sum + sectionPages(child, undefined, env, budget), 0);
    return n * (s.pagesPerItem + perItem);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (++budget.items > MAX_ITERATED_ITEMS) {
      throw new EnumerationError({
        severity: "error",
        code: "limit",
        path: s.path,
        message: `plan generates more than ${MAX_ITERATED_ITEMS} items`,
      });
    }
    const vars = itemVars(s, parent, range, i, n, env.locale, env.planLocale);
    total += s.pagesPerItem;
    for (const child of s.nested) total += sectionPages(child, vars, env, budget);
  }
  return total;
}

/** Exact page count of the plan (throws EnumerationError for unresolvable nested dates). */
export function countPages(sections: readonly SectionModel[], env: EnumerationEnv): number {
  const budget = { items: 0 };
  return sections.reduce((sum, s) => sum + sectionPages(s, undefined, env, budget), 0);
}

/** The dry item list in page order: parent item, its nested items, next parent item … */
export function enumerateItems(sections: readonly SectionModel[], env: EnumerationEnv): Item[] {
  const items: Item[] = [];
  let page = 1;
  const walk = (s: SectionModel, parent: Vars | undefined) => {
    const range = rangeOf(s, parent);
    const n = itemCount(s, range);
    for (let i = 0; i < n; i++) {
      const vars = itemVars(s, parent, range, i, n, env.locale, env.planLocale);
      const item: Item = { section: s, index: i, vars, firstPage: page };
      if (isDateSection(s) && range) item.date = formatIsoDate(dateItem(s.mode, range.start, i));
      items.push(item);
      page += s.pagesPerItem;
      for (const child of s.nested) walk(child, vars);
    }
  };
  for (const s of sections) walk(s, undefined);
  return items;
}
