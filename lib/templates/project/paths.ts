// Project paths in the §2.9 syntax (masters by name) and the instance suffix of compiled-project
// diagnostics, built on the one path formatter (../paths.ts).
import { formatPath, type PathSegment } from "../paths";

/** `masters["day"].widgets[4]` — masters are addressed by name, always quoted (§2.9 example). */
const memo = new Map<string, string>();

export function masterWidgetPath(master: string, widgetIndex: number, ...rest: PathSegment[]): string {
  // Memoised: link records of a year planner ask for the same few paths tens of thousands of times.
  const key = `${master}\u0000${widgetIndex}\u0000${rest.join("\u0000")}`;
  let path = memo.get(key);
  if (path === undefined) {
    path = `masters[${JSON.stringify(master)}].widgets[${widgetIndex}]` + (rest.length ? tail(rest) : "");
    if (memo.size > 10_000) memo.clear();
    memo.set(key, path);
  }
  return path;
}

function tail(rest: readonly PathSegment[]): string {
  const p = formatPath(rest);
  return p.startsWith("[") ? p : `.${p}`;
}

export function joinPath(base: string, ...rest: PathSegment[]): string {
  if (rest.length === 0) return base;
  return base === "(root)" ? formatPath(rest) : base + tail(rest);
}

export type Instance = { page: number; section: string; date?: string; item?: number };

/** ` [page 37, section days, date 2026-02-06]` appended to a master path. */
export function instanceSuffix(i: Instance): string {
  const where = i.date !== undefined ? `date ${i.date}` : i.item !== undefined ? `item ${i.item}` : undefined;
  return ` [page ${i.page}, section ${i.section}${where ? `, ${where}` : ""}]`;
}
