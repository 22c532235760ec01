// Outline tree from navigation.outlines (§4.5): levels 1–4, a level rises by at most one step, entries
// with unknown destinations are dropped and their children move up.
import type { OutlineEntry } from "@/lib/templates/types";
import { substituteVars } from "@/lib/templates/tokens";
import type { DiagnosticSink } from "../model";
import { isUsableId, normaliseId, pageDestName, pageTargetOf, type DestinationSet } from "./destinations";

export type OutlineNode = { title: string; dest: string; children: OutlineNode[] };

export function buildOutline(
  entries: OutlineEntry[],
  dests: DestinationSet,
  strict: boolean,
  sink: DiagnosticSink,
  substituteTitle: (title: string, page: number) => string,
): OutlineNode[] {
  const roots: OutlineNode[] = [];
  // stack[k] = last kept node at level k+1
  const stack: OutlineNode[] = [];
  let lastLevel = 0;
  // Written levels of dropped entries still open: their descendants move up one level per entry.
  let dropped: number[] = [];
  entries.forEach((e, i) => {
    const path = `navigation.outlines[${i}]`;
    const bad = (message: string, sub: string) =>
      sink.push({ severity: strict ? "error" : "warning", code: "outline_invalid", path: `${path}.${sub}`, message });
    // The validator keeps written levels in 1–4; dropped ancestors can only lower them.
    let level = e.level;
    dropped = dropped.filter((d) => d < level);
    level -= dropped.length;
    const target = normaliseId(e.dest);
    const page = pageTargetOf(target);
    const dest =
      page !== undefined
        ? page >= 1 && page <= dests.pageCount
          ? pageDestName(page)
          : undefined
        : dests.byName.has(target) && isUsableId(target)
          ? target
          : undefined;
    if (dest === undefined) {
      bad(`outline entry "${e.title}" points to unknown destination "${target}"; dropped`, "dest");
      dropped.push(level + dropped.length);
      return;
    }
    if (level > lastLevel + 1) {
      bad(`level ${level} follows level ${lastLevel}; raised by more than one step`, "level");
      level = lastLevel + 1;
    }
    const destPage = page ?? dests.byName.get(dest)?.page ?? 1;
    const node: OutlineNode = { title: substituteTitle(e.title, destPage), dest, children: [] };
    const parent = level > 1 ? stack[level - 2] : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack[level - 1] = node;
    stack.length = level;
    lastLevel = level;
  });
  return roots;
}

/** An entry's title with its page tokens filled in (`{page}` is the page the entry opens). */
export function outlineTitle(pageCount: number): (title: string, page: number) => string {
  return (title, page) => substituteVars(title, { page, PAGE: page, total_pages: pageCount, TOTAL_PAGES: pageCount }).text;
}
