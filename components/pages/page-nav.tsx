"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  page: number;
  pageCount: number;
  onPage: (n: number) => void;
  status?: ReactNode;
  /** Extra controls between the page box and the status (a date picker, a master's name). */
  children?: ReactNode;
  /** Distinguishes the page box when two navigators share a screen. */
  inputId?: string;
};

/** Previous / page number / next for any page of a document; the number box takes typed page numbers. */
export function PageNav({ page, pageCount, onPage, status, children, inputId = "page-number" }: Props) {
  // What the reader is typing in the page box; null shows the current page.
  const [draft, setDraft] = useState<string | null>(null);
  const go = (n: number) => onPage(Math.min(Math.max(1, n), Math.max(1, pageCount)));
  const commit = () => {
    const n = Number(draft);
    if (draft !== null && Number.isInteger(n)) go(n);
    setDraft(null);
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button size="sm" variant="secondary" aria-label="Previous page" onClick={() => go(page - 1)} disabled={page <= 1}>
        ‹
      </Button>
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          commit();
        }}
      >
        <label htmlFor={inputId}>Page</label>
        <input
          id={inputId}
          inputMode="numeric"
          value={draft ?? String(page)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          className="w-16 rounded-md border border-stone-300 bg-white px-2 py-1 text-right tabular-nums dark:border-stone-700 dark:bg-stone-950"
        />
        <span className="text-stone-500 dark:text-stone-400">of {pageCount.toLocaleString()}</span>
      </form>
      <Button size="sm" variant="secondary" aria-label="Next page" onClick={() => go(page + 1)} disabled={page >= pageCount}>
        ›
      </Button>
      {children}
      <span className="ml-auto text-xs text-stone-500 dark:text-stone-400" aria-live="polite" data-testid="page-status">
        {status}
      </span>
    </div>
  );
}
