"use client";

import type { ReactNode } from "react";

type Props = { page: number; current: boolean; height: number; onPick: (page: number) => void; children: ReactNode };

/** One cell of a page strip: the picture (children) in a frame, the page number under it; the current page ringed. */
export function ThumbnailButton({ page, current, height, onPick, children }: Props) {
  return (
    <button
      type="button"
      onClick={() => onPick(page)}
      aria-label={`Page ${page}`}
      aria-current={current ? "page" : undefined}
      className="group block w-full text-center focus-visible:outline-none"
    >
      <span
        className="block overflow-hidden rounded border border-stone-300 bg-white group-focus-visible:ring-2 group-focus-visible:ring-brand group-aria-[current=page]:ring-2 group-aria-[current=page]:ring-brand dark:border-stone-700"
        style={{ height }}
      >
        {children}
      </span>
      <span className="text-xs tabular-nums text-stone-600 dark:text-stone-400">{page}</span>
    </button>
  );
}
