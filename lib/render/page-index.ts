// Which widgets each page holds (template masters first, then the page's own, each in stacking order)
// and how many pages there are: no drawing code, so the browser's link check uses it as the renderer does.
import type { Template, Widget } from "@/lib/templates/types";

export type Located = { w: Widget; path: string };

export function pageCountOf(t: Template): number {
  let max = 1;
  for (const w of t.widgets) max = Math.max(max, w.page);
  for (const a of t.page_assignments) max = Math.max(max, a.page);
  return max;
}

/** Stable sort by z_order (ties keep document order). */
function byZ(items: Located[]): Located[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.w.z_order - b.item.w.z_order || a.i - b.i)
    .map((x) => x.item);
}

/** Widgets grouped per page, masters first; built once, then pages are planned lazily. */
export function indexPages(t: Template): (page: number) => Located[] {
  const perPage = new Map<number, Located[]>();
  t.widgets.forEach((w, i) => {
    const page = w.page;
    const list = perPage.get(page) ?? [];
    list.push({ w, path: `widgets[${i}]` });
    perPage.set(page, list);
  });
  const masters = new Map<string, Located[]>();
  // Paths follow the YAML (§2.9): template-level masters are a list, so `masters[1].widgets[2]`.
  t.masters.forEach((m, mi) => {
    masters.set(m.id, byZ(m.widgets.map((w, i) => ({ w, path: `masters[${mi}].widgets[${i}]` }))));
  });
  const assigned = new Map(t.page_assignments.map((a) => [a.page, a.master_id]));
  const sortedPages = new Map<number, Located[]>();
  for (const [page, list] of perPage) sortedPages.set(page, byZ(list));
  return (page) => {
    const masterId = assigned.get(page);
    const fromMaster = masterId ? (masters.get(masterId) ?? []) : [];
    return [...fromMaster, ...(sortedPages.get(page) ?? [])];
  };
}
