"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  page: number;
  pageCount: number;
  onPage: (n: number) => void;
  /** Projects: show the page of a date of the plan (its `day:YYYY-MM-DD` destination). */
  onDate?: (isoDate: string) => void;
  status: string;
  master?: string;
};

/** Any page of the document, by number; names the master a project page is drawn from. */
export function PagePicker({ page, pageCount, onPage, onDate, status, master }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const go = (n: number) => onPage(Math.min(Math.max(1, n), Math.max(1, pageCount)));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button size="sm" variant="secondary" aria-label="Previous page" onClick={() => go(page - 1)} disabled={page <= 1}>
        ‹
      </Button>
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(draft);
          if (draft !== null && Number.isInteger(n)) go(n);
          setDraft(null);
        }}
      >
        <label htmlFor="canvas-page">Page</label>
        <input
          id="canvas-page"
          inputMode="numeric"
          value={draft ?? String(page)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => {
            const n = Number(e.target.value);
            if (draft !== null && Number.isInteger(n)) go(n);
            setDraft(null);
          }}
          className="w-16 rounded-md border border-stone-300 bg-white px-2 py-1 text-right tabular-nums dark:border-stone-700 dark:bg-stone-950"
        />
        <span className="text-stone-500 dark:text-stone-400">of {pageCount.toLocaleString()}</span>
      </form>
      <Button size="sm" variant="secondary" aria-label="Next page" onClick={() => go(page + 1)} disabled={page >= pageCount}>
        ›
      </Button>
      {onDate ? (
        <label className="flex items-center gap-1">
          <span>Date</span>
          <input
            type="date"
            onChange={(e) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onDate(e.target.value);
            }}
            className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-950 dark:[color-scheme:dark]"
          />
        </label>
      ) : null}
      {master ? (
        <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs dark:bg-stone-800" data-testid="canvas-master">
          master “{master}”
        </span>
      ) : null}
      <span className="ml-auto text-xs text-stone-500 dark:text-stone-400" aria-live="polite" data-testid="canvas-status">
        {status}
      </span>
    </div>
  );
}
