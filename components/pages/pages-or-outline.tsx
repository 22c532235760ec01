"use client";

import type { ReactNode } from "react";
import { TabList } from "@/components/ui/tabs";
import { cn } from "@/components/ui/cn";
import { PageOutline, type OutlineItem } from "./page-outline";
import { VirtualGrid } from "./virtual-grid";

export const SIDE_TABS = ["Pages", "Outline"] as const;
export type SideTab = (typeof SIDE_TABS)[number];

type Props = {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  /** The thumbnail list's accessible name. */
  label: string;
  pageCount: number;
  page: number;
  onPage: (page: number) => void;
  /** Page height over width, for the thumbnails' cells. */
  aspect: number;
  minCellWidth: number;
  renderThumbnail: (page: number, height: number) => ReactNode;
  /** Null while it loads. */
  outline: OutlineItem[] | null;
  /** The panel's height classes, shared by both tabs (`h-56 md:h-[70vh]`). */
  heightClass: string;
  className?: string;
};

/** Beside a page view: every page as a thumbnail (virtualised), or the document's outline; both jump to a page. */
export function PagesOrOutline({
  tab,
  onTab,
  label,
  pageCount,
  page,
  onPage,
  aspect,
  minCellWidth,
  renderThumbnail,
  outline,
  heightClass,
  className,
}: Props) {
  return (
    <div className={cn("min-w-0", className)}>
      <TabList tabs={SIDE_TABS} value={tab} onChange={onTab} label="Browse by" size="sm" className="mb-2" />
      {tab === "Pages" ? (
        <VirtualGrid
          label={label}
          count={pageCount}
          minCellWidth={minCellWidth}
          cellHeight={(w) => Math.round(w * aspect) + 20}
          activeIndex={page - 1}
          className={cn("rounded-md border border-stone-200 bg-stone-50 dark:border-stone-800 dark:bg-stone-950", heightClass)}
          renderCell={(i, w) => renderThumbnail(i + 1, Math.round(w * aspect))}
        />
      ) : (
        <nav
          aria-label="Outline"
          className={cn("overflow-y-auto rounded-md border border-stone-200 p-2 dark:border-stone-800", heightClass)}
        >
          {outline ? (
            <PageOutline items={outline} current={page} onPage={onPage} />
          ) : (
            <p className="text-xs text-stone-500 dark:text-stone-400">Loading…</p>
          )}
        </nav>
      )}
    </div>
  );
}
