"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { PageNav } from "./page-nav";

export type PageLink = { rect: [number, number, number, number]; page: number | null; uri: string | null };

type Props = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** The picture, or null while it loads. */
  image: string | null;
  /** Page size in points: links and overlays are placed in these units. */
  size: { width: number; height: number } | null;
  links?: PageLink[];
  /** Drawn over the page (the canvas's widget boxes). */
  overlay?: ReactNode;
  status?: ReactNode;
  className?: string;
};

/** One page with its links made clickable, and the controls to move through the document. */
export function PageView({ page, pageCount, onPage, image, size, links = [], overlay, status, className }: Props) {
  const go = (n: number) => onPage(Math.min(Math.max(1, n), Math.max(1, pageCount)));
  const aspect = size ? `${size.width} / ${size.height}` : "1 / 1.41";

  return (
    <section aria-label="Page view" className={cn("flex min-w-0 flex-col gap-2", className)}>
      <PageNav page={page} pageCount={pageCount} onPage={onPage} status={status} />
      <div
        className="relative w-full overflow-hidden rounded-md border border-stone-300 bg-white shadow-sm dark:border-stone-700"
        style={{ aspectRatio: aspect }}
      >
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a server-drawn PNG or data URL; next/image would re-encode it
          <img
            src={image}
            alt={`Page ${page}`}
            className="absolute inset-0 h-full w-full select-none"
            draggable={false}
            data-testid="page-image"
          />
        ) : (
          <div className="absolute inset-0 animate-pulse bg-stone-100 dark:bg-stone-800" aria-hidden />
        )}
        {size
          ? links.map((l, i) =>
              l.page ? (
                <button
                  key={i}
                  type="button"
                  onClick={() => go(l.page!)}
                  aria-label={`Go to page ${l.page}`}
                  title={`Page ${l.page}`}
                  className="absolute rounded-sm hover:bg-brand/15 focus-visible:outline-2 focus-visible:outline-brand"
                  style={{
                    left: `${(l.rect[0] / size.width) * 100}%`,
                    top: `${(l.rect[1] / size.height) * 100}%`,
                    width: `${((l.rect[2] - l.rect[0]) / size.width) * 100}%`,
                    height: `${((l.rect[3] - l.rect[1]) / size.height) * 100}%`,
                  }}
                />
              ) : null,
            )
          : null}
        {overlay}
      </div>
    </section>
  );
}
