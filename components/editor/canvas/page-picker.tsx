"use client";

import { PageNav } from "@/components/pages/page-nav";

type Props = {
  page: number;
  pageCount: number;
  onPage: (n: number) => void;
  /** Projects: show the page of a date of the plan (its `day:YYYY-MM-DD` destination). */
  onDate?: (isoDate: string) => void;
  status: string;
  master?: string;
};

/** Any page of the document, by number or (projects) by date; names the master a project page is drawn from. */
export function PagePicker({ page, pageCount, onPage, onDate, status, master }: Props) {
  return (
    <PageNav page={page} pageCount={pageCount} onPage={onPage} status={status} inputId="canvas-page">
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
    </PageNav>
  );
}
