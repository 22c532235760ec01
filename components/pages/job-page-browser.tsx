"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { OutlineItem } from "./page-outline";
import { PageView, type PageLink } from "./page-view";
import { PagesOrOutline, type SideTab } from "./pages-or-outline";
import { ThumbnailButton } from "./thumbnail-button";

type Nav = { page_count: number; page_size: { width: number; height: number }; links: PageLink[]; outline: OutlineItem[] };

export const jobPageImageUrl = (jobId: string, page: number, width: number) => `/api/pdf/jobs/${jobId}/pages/${page}?width=${width}`;

const THUMB_WIDTH = 120;

/** Every page of a finished job: thumbnails (virtualised), the page view with working links, and the outline. */
export function JobPageBrowser({ jobId, pageCount, projectId }: { jobId: string; pageCount: number; projectId?: string | null }) {
  const [page, setPage] = useState(1);
  const [nav, setNav] = useState<{ page: number; data: Nav } | null>(null);
  const [outline, setOutline] = useState<OutlineItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<SideTab>("Pages");
  const [aspect, setAspect] = useState(1.414);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/pdf/jobs/${jobId}/pages/${page}/links`, { signal: controller.signal })
      .then(async (res) => {
        if (!res.ok)
          throw new Error(
            ((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`,
          );
        const data = (await res.json()) as Nav;
        setNav({ page, data });
        setOutline((o) => o ?? data.outline);
        setAspect(data.page_size.height / data.page_size.width);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : "The page could not be loaded");
      });
    return () => controller.abort();
  }, [jobId, page]);

  const current = nav?.page === page ? nav.data : null;
  return (
    <div className="grid gap-4 md:grid-cols-[16rem_minmax(0,1fr)]">
      <PagesOrOutline
        tab={tab}
        onTab={setTab}
        label="Pages"
        pageCount={pageCount}
        page={page}
        onPage={setPage}
        aspect={aspect}
        minCellWidth={96}
        renderThumbnail={(n, height) => (
          <ThumbnailButton page={n} current={page === n} height={height} onPick={setPage}>
            {/* eslint-disable-next-line @next/next/no-img-element -- server-drawn PNG, already sized */}
            <img
              src={jobPageImageUrl(jobId, n, THUMB_WIDTH)}
              alt=""
              loading="lazy"
              decoding="async"
              className="h-full w-full object-contain"
              data-testid="page-thumbnail"
            />
          </ThumbnailButton>
        )}
        outline={outline}
        heightClass="h-56 md:h-[70vh]"
      />
      <div className="min-w-0 max-w-3xl space-y-2">
        <PageView
          page={page}
          pageCount={pageCount}
          onPage={setPage}
          image={jobPageImageUrl(jobId, page, 960)}
          size={current?.page_size ?? null}
          links={current?.links ?? []}
          status={
            error ? (
              <span className="text-red-700 dark:text-red-400">{error}</span>
            ) : current ? (
              `${current.links.length} link${current.links.length === 1 ? "" : "s"}`
            ) : (
              "loading…"
            )
          }
        />
        {projectId ? (
          // The project's canvas on this page: the master that drew it, each widget a box to select.
          <Link
            href={`/projects/${projectId}?page=${page}`}
            className="inline-block text-sm font-medium text-brand hover:underline"
            data-testid="edit-page-link"
          >
            Edit page {page} in the project
          </Link>
        ) : null}
      </div>
    </div>
  );
}
