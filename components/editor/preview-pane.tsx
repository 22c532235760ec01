"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { PageView } from "@/components/pages/page-view";
import { PagesOrOutline, type SideTab } from "@/components/pages/pages-or-outline";
import { ThumbnailButton } from "@/components/pages/thumbnail-button";
import { locateDiagnostics } from "@/lib/templates";
import { pathKey, readWidgetDocument, yamlPathOf } from "@/lib/templates/widget-geometry";
import { DiagnosticsList } from "./diagnostics-list";
import { LinkCheck, splitLinkWarnings } from "./link-check";
import { usePagePicture, type PageWidget } from "./canvas/use-page-picture";
import { THUMB_WIDTH, usePreviewThumbnail } from "./use-preview-thumbnail";

/** Pause after the last edit before the page on screen is redrawn (renders cost more than checks). */
const AUTO_REFRESH_MS = 800;
const PAGE_WIDTH = 900;

type Props = {
  yaml: string;
  profile: string;
  /** False while the editor reports errors: a render would only fail. */
  renderable: boolean;
  /** False while another side tab is shown: nothing is drawn that nobody sees. */
  visible: boolean;
  /** Moves the editor's cursor to a line of the YAML. */
  onJump: (line: number, column: number) => void;
  /** Opens the canvas on a page, with the widget at `path` (the renderer's path) selected. */
  onOpenCanvas: (page: number, path?: string) => void;
};

/** `masters["day"].widgets[2] [page …]` → `day`; page widgets have no master. */
export function masterOf(path: string): string | null {
  const m = /^masters\[("(?:[^"\\]|\\.)*")\]/.exec(path);
  return m ? (JSON.parse(m[1]!) as string) : null;
}

/**
 * The editor's page browser: any page of the document (not only the first ones) drawn by the
 * renderer with its internal links working (they open the page they lead to), thumbnails of every
 * page (virtualised: only the rows in view are drawn) or the document's outline, and, for the page
 * on screen, the master and widgets that drew it, each a jump to the canvas.
 */
export function PreviewPane({ yaml, profile, renderable, visible, onJump, onOpenCanvas }: Props) {
  const [page, setPage] = useState(1);
  const [side, setSide] = useState<SideTab>("Pages");
  const picture = usePagePicture({
    yaml,
    profile,
    page,
    width: PAGE_WIDTH,
    enabled: renderable && visible,
    delayMs: AUTO_REFRESH_MS,
    outline: true,
  });
  const pic = picture.picture;
  const pageCount = pic?.pageCount ?? 1;
  const shown = pic?.page === page ? pic : null;
  const aspect = pic ? pic.size.height / pic.size.width : 1.414;
  const diagnostics = picture.error ? locateDiagnostics(yaml, picture.error.diagnostics) : [];
  const located = shown ? locateDiagnostics(yaml, shown.warnings) : [];
  // The page's link check gets its own panel under the page; document-wide lines join the render warnings.
  const { links: linkWarnings, others: warnings } = splitLinkWarnings(located, shown?.page);
  const status = !renderable
    ? "fix the errors to redraw"
    : picture.loading
      ? "rendering…"
      : shown
        ? `page ${shown.page} of ${shown.pageCount.toLocaleString()} · ${shown.ms} ms`
        : "";

  return (
    <section aria-label="Preview" className="flex min-w-0 flex-col gap-2 [contain:inline-size]">
      {picture.error ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
        >
          <p>{picture.error.message}</p>
        </div>
      ) : null}
      {diagnostics.length > 0 ? <DiagnosticsList title="Preview problems" diagnostics={diagnostics} onJump={onJump} /> : null}
      {warnings.length > 0 ? <DiagnosticsList title="Render warnings" diagnostics={warnings} onJump={onJump} /> : null}
      {!pic && !renderable ? (
        <div className="flex min-h-[40vh] items-center justify-center rounded-md border border-dashed border-stone-300 p-6 text-center text-sm text-stone-500 dark:border-stone-700 dark:text-stone-400">
          Fix the errors to see a preview.
        </div>
      ) : (
        <div className={`grid gap-3 ${side === "Outline" ? "sm:grid-cols-[13rem_minmax(0,1fr)]" : "sm:grid-cols-[7.5rem_minmax(0,1fr)]"}`}>
          <PagesOrOutline
            tab={side}
            onTab={setSide}
            label="Preview pages"
            pageCount={pageCount}
            page={page}
            onPage={setPage}
            aspect={aspect}
            minCellWidth={84}
            renderThumbnail={(n, height) => (
              <Thumbnail
                yaml={yaml}
                profile={profile}
                page={n}
                current={page === n}
                height={height}
                enabled={renderable && visible}
                onPick={setPage}
              />
            )}
            outline={pic?.outline ?? null}
            heightClass="h-44 sm:h-[70vh]"
            className="order-2 sm:order-none"
          />
          <div className="min-w-0 space-y-2">
            <PageView
              page={page}
              pageCount={pageCount}
              onPage={setPage}
              image={shown?.image ?? null}
              size={pic?.size ?? null}
              links={shown?.links ?? []}
              status={status}
            />
            {shown ? (
              <LinkCheck
                page={page}
                warnings={linkWarnings}
                linkCount={shown.links.length}
                widgets={shown.widgets}
                onJump={onJump}
                onOpenCanvas={onOpenCanvas}
              />
            ) : null}
            {shown ? <DrawnBy page={page} widgets={shown.widgets} yaml={yaml} onOpenCanvas={onOpenCanvas} /> : null}
          </div>
        </div>
      )}
    </section>
  );
}

function Thumbnail(props: {
  yaml: string;
  profile: string;
  page: number;
  current: boolean;
  height: number;
  enabled: boolean;
  onPick: (n: number) => void;
}) {
  const { image, stale } = usePreviewThumbnail({ yaml: props.yaml, profile: props.profile, page: props.page, enabled: props.enabled });
  return (
    <ThumbnailButton page={props.page} current={props.current} height={props.height} onPick={props.onPick}>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- the renderer's PNG as a data URL
        <img
          src={image}
          alt=""
          width={THUMB_WIDTH}
          className={`h-full w-full object-contain ${stale ? "opacity-60" : ""}`}
          data-testid="preview-thumbnail"
        />
      ) : (
        <span className="block h-full w-full animate-pulse bg-stone-100 dark:bg-stone-800" aria-hidden />
      )}
    </ThumbnailButton>
  );
}

/** What drew the page on screen: its master (projects) and widgets, each opening the canvas on it. */
function DrawnBy({
  page,
  widgets,
  yaml,
  onOpenCanvas,
}: {
  page: number;
  widgets: PageWidget[];
  yaml: string;
  onOpenCanvas: (page: number, path?: string) => void;
}) {
  // A project page's widgets carry instance ids (`page_31_title`); name each by its id in the master.
  const doc = useMemo(() => readWidgetDocument(yaml), [yaml]);
  const nameOf = (w: PageWidget) => {
    const path = doc ? yamlPathOf(w.path, doc) : null;
    return (path && doc?.widgets.find((x) => pathKey(x.path) === pathKey(path))?.id) || w.id;
  };
  const masters = [...new Set(widgets.map((w) => masterOf(w.path)).filter((m): m is string => m !== null))];
  return (
    <div className="rounded-md border border-stone-200 p-2 text-sm dark:border-stone-800" data-testid="drawn-by">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-stone-600 dark:text-stone-400">
          {masters.length > 0 ? `Drawn by master ${masters.map((m) => `“${m}”`).join(", ")}` : "Drawn by the page's widgets"}
        </span>
        <Button size="sm" variant="secondary" className="ml-auto" onClick={() => onOpenCanvas(page)}>
          Edit on canvas
        </Button>
      </div>
      {widgets.length > 0 ? (
        <ul aria-label="Widgets on this page" className="mt-2 flex flex-wrap gap-1">
          {widgets.map((w) => (
            <li key={w.path}>
              <button
                type="button"
                onClick={() => onOpenCanvas(page, w.path)}
                title={`Open ${nameOf(w)} (${w.type}) on the canvas`}
                className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-xs text-stone-800 hover:bg-stone-200 focus-visible:outline-2 focus-visible:outline-brand dark:bg-stone-800 dark:text-stone-200 dark:hover:bg-stone-700"
              >
                {nameOf(w)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
