"use client";

export type OutlineItem = { title: string; page: number | null; children: OutlineItem[] };

/** The PDF's bookmarks; each opens its page. */
export function PageOutline({ items, current, onPage }: { items: OutlineItem[]; current: number; onPage: (page: number) => void }) {
  if (items.length === 0) return <p className="text-xs text-stone-500 dark:text-stone-400">This document has no outline.</p>;
  return <Tree items={items} current={current} onPage={onPage} />;
}

function Tree({ items, current, onPage }: { items: OutlineItem[]; current: number; onPage: (page: number) => void }) {
  return (
    <ul className="space-y-0.5 text-sm">
      {items.map((it, i) => (
        <li key={i}>
          <button
            type="button"
            disabled={it.page === null}
            onClick={() => it.page && onPage(it.page)}
            aria-current={it.page === current ? "page" : undefined}
            className="w-full truncate rounded px-1.5 py-0.5 text-left hover:bg-stone-100 aria-[current=page]:font-semibold aria-[current=page]:text-brand dark:hover:bg-stone-800"
          >
            {it.title || "(untitled)"}
          </button>
          {it.children.length > 0 ? (
            <div className="ml-3 border-l border-stone-200 pl-2 dark:border-stone-700">
              <Tree items={it.children} current={current} onPage={onPage} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
