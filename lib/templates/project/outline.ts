// Outline generation (§6.5): either the sections' `outline` extension entries, or Index / years with
// their months / Notes derived from the destination registry.
import { monthName, type LocaleId } from "../tokens/locales";
import type { Item } from "./enumerate";
import type { Registry } from "./navigation";
import { makePageEnv, subText } from "./page-env";
import type { CompileState } from "./state";

export type OutlineEntry = { title: string; dest: string; level: number };

const YEAR = /^year:(\d{4})$/;
const MONTH = /^month:(\d{4})-(\d{2})$/;

function clampTitle(t: string): string {
  const s = t.trim() || "Untitled";
  return [...s].length > 100 ? [...s].slice(0, 100).join("") : s;
}

function fromSections(items: readonly Item[], registry: Registry, totalPages: number, state: CompileState): OutlineEntry[] {
  const firstAnchor = new Map<number, string>();
  for (const a of registry.values()) if (!firstAnchor.has(a.page)) firstAnchor.set(a.page, a.id);
  const out: OutlineEntry[] = [];
  for (const item of items) {
    const spec = item.section.outline;
    if (!spec) continue;
    const env = makePageEnv(
      item.firstPage,
      totalPages,
      item.vars,
      { page: item.firstPage, section: item.section.kind, ...(item.date ? { date: item.date } : { item: item.index + 1 }) },
      state.sink,
    );
    const title = subText(spec.title, env, `${item.section.path}.outline.title`, `page_${item.firstPage}`);
    out.push({ title: clampTitle(title), dest: firstAnchor.get(item.firstPage) ?? `page_${item.firstPage}`, level: spec.level });
  }
  // §4.5: the first entry is level 1 and levels rise one step at a time.
  let prev = 0;
  for (const e of out) {
    e.level = Math.max(1, Math.min(e.level, prev + 1));
    prev = e.level;
  }
  return out;
}

function fromRegistry(registry: Registry, locale: LocaleId): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  if (registry.has("home:index")) out.push({ title: "Index", dest: "home:index", level: 1 });
  const months = new Map<string, { dest: string; month: number }[]>();
  const years: string[] = [];
  for (const id of registry.keys()) {
    const y = YEAR.exec(id);
    if (y) years.push(y[1] ?? "");
    const m = MONTH.exec(id);
    if (m) {
      const list = months.get(m[1] ?? "") ?? [];
      list.push({ dest: id, month: Number(m[2]) });
      months.set(m[1] ?? "", list);
    }
  }
  for (const year of years) {
    out.push({ title: year, dest: `year:${year}`, level: 1 });
    for (const m of months.get(year) ?? []) out.push({ title: monthName(locale, m.month), dest: m.dest, level: 2 });
    months.delete(year);
  }
  for (const [year, list] of months) {
    for (const m of list) out.push({ title: `${monthName(locale, m.month)} ${year}`, dest: m.dest, level: 1 });
  }
  const notes = [...registry.keys()].find((id) => id.startsWith("notes:page:"));
  if (notes) out.push({ title: "Notes", dest: notes, level: 1 });
  return out;
}

export function buildOutline(
  items: readonly Item[],
  registry: Registry,
  totalPages: number,
  locale: LocaleId,
  generate: boolean,
  state: CompileState,
): OutlineEntry[] {
  if (items.some((i) => i.section.outline)) return fromSections(items, registry, totalPages, state);
  return generate ? fromRegistry(registry, locale) : [];
}
