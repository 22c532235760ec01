// One line per distinct warning message on the job page: a builder planner can report the same short
// link on hundreds of pages, and a list of identical lines hides the one different warning among them.

export type StoredWarning = { path?: string; message?: string; line?: number; page?: number };
export type WarningGroup = { message: string; count: number; where: string };

export function groupWarnings(warnings: readonly StoredWarning[]): WarningGroup[] {
  const groups = new Map<string, StoredWarning[]>();
  for (const w of warnings) {
    const key = w.message ?? "";
    const list = groups.get(key);
    if (list) list.push(w);
    else groups.set(key, [w]);
  }
  return [...groups].map(([message, list]) => ({ message, count: list.length, where: where(list) }));
}

function where(list: readonly StoredWarning[]): string {
  const first = list[0];
  if (list.length === 1 && first) {
    const at = [first.path, first.line ? `line ${first.line}` : ""].filter(Boolean).join(", ");
    return [first.page ? `page ${first.page}` : "", at].filter(Boolean).join(": ");
  }
  const pages = [...new Set(list.flatMap((w) => (w.page ? [w.page] : [])))].sort((a, b) => a - b);
  if (pages.length === 0) return first?.path ? `first at ${first.path}` : "";
  if (pages.length === 1) return `page ${pages[0]}`;
  const lo = pages[0]!;
  const hi = pages[pages.length - 1]!;
  if (pages.length <= 4) return `pages ${pages.slice(0, -1).join(", ")} and ${hi}`;
  return hi - lo + 1 === pages.length ? `pages ${lo}–${hi}` : `${pages.length} pages between ${lo} and ${hi}`;
}
