"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Diagnostic } from "@/lib/templates";
import type { PageWidget } from "./canvas/use-page-picture";

/** The renderer's link check (§4.4, §4.6): what the full PDF would report about this page's links. */
export const LINK_CHECK_CODES: ReadonlySet<string> = new Set(["dangling_link", "constraint_touch"]);

/**
 * The preview's diagnostics split for the page on screen: its link check (the link problems on this
 * page) and the rest. A link problem without a page (a project compile's count of the dangling links
 * past the listed ones) is about the whole document, so it goes with the rest, not into every page's
 * panel; link problems of other pages are in their own panels.
 */
export function splitLinkWarnings<D extends Diagnostic>(diagnostics: readonly D[], page: number | undefined): { links: D[]; others: D[] } {
  const links: D[] = [];
  const others: D[] = [];
  for (const d of diagnostics) {
    if (!LINK_CHECK_CODES.has(d.code) || d.page === undefined) others.push(d);
    else if (d.page === page) links.push(d);
  }
  return { links, others };
}

const KIND: Record<string, string> = { dangling_link: "Missing target", constraint_touch: "Small tap area" };

type Props = {
  page: number;
  /** This page's link-check warnings, located to YAML lines. */
  warnings: readonly Diagnostic[];
  /** Links drawn on the page (those whose target exists). */
  linkCount: number;
  widgets: readonly PageWidget[];
  onJump: (line: number, column: number) => void;
  onOpenCanvas: (page: number, path?: string) => void;
};

/** A project path's instance (` [page 2, section p, item 2]`) follows the master path it is about. */
const masterPath = (path: string) => path.replace(/ \[page [^\]]*\]$/, "");

/**
 * The widget a diagnostic is about: by id (a project page's instance id), else the widget whose path
 * the diagnostic's leads into (`widgets[3].properties.to_dest` is about `widgets[3]`).
 */
export function widgetOf(d: Diagnostic, widgets: readonly PageWidget[]): PageWidget | undefined {
  const byId = d.widget_id ? widgets.find((w) => w.id === d.widget_id) : undefined;
  if (byId) return byId;
  const path = masterPath(d.path);
  return widgets.find((w) => {
    const base = masterPath(w.path);
    return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
  });
}

/**
 * The page's links at a glance: how many there are and that each leads somewhere, or each problem the
 * PDF would have (a target no page defines, a hit area below the device's minimum) with where it is:
 * the widget, its YAML line and a way to open it on the canvas.
 */
export function LinkCheck({ page, warnings, linkCount, widgets, onJump, onOpenCanvas }: Props) {
  if (warnings.length === 0 && linkCount === 0) return null;
  const problems = warnings.length;
  return (
    <section
      aria-label="Link check"
      data-testid="link-check"
      className={`rounded-md border p-2 text-sm ${
        problems > 0
          ? "border-amber-300 bg-amber-50/60 dark:border-amber-800 dark:bg-amber-950/20"
          : "border-stone-200 dark:border-stone-800"
      }`}
    >
      <h3 className="flex flex-wrap items-center gap-2 font-medium">
        Links on page {page}
        {problems > 0 ? (
          <Badge tone="warning">
            {problems} {problems === 1 ? "problem" : "problems"}
          </Badge>
        ) : (
          <span className="font-normal text-emerald-700 dark:text-emerald-400">
            <span aria-hidden>✓ </span>
            {linkCount === 1 ? "1 link, it leads to a page" : `${linkCount} links, all lead to a page`}
          </span>
        )}
      </h3>
      {problems > 0 ? (
        <ul className="mt-2 divide-y divide-amber-200 dark:divide-amber-900/60">
          {warnings.map((d, i) => {
            const widget = widgetOf(d, widgets);
            return (
              <li key={`${d.path}-${d.code}-${i}`} className="flex flex-col gap-1 py-1.5 sm:flex-row sm:items-start sm:gap-3">
                <div className="min-w-0 flex-1">
                  <p>
                    <span className="mr-2 font-medium text-amber-900 dark:text-amber-200">{KIND[d.code] ?? d.code}</span>
                    {widget || d.widget_id ? (
                      <code className="rounded bg-stone-100 px-1 font-mono text-xs dark:bg-stone-800">{widget?.id ?? d.widget_id}</code>
                    ) : null}
                  </p>
                  {/* The panel already names the page; the renderer's message starts with it for the full PDF's list. */}
                  <p className="text-stone-700 dark:text-stone-300">{d.message.replace(/^page \d+: /, "")}</p>
                </div>
                <div className="flex shrink-0 gap-1">
                  {d.line !== undefined ? (
                    <Button size="sm" variant="ghost" onClick={() => onJump(d.line!, d.column ?? 1)} title={`Show ${d.path} in the YAML`}>
                      Line {d.line}
                    </Button>
                  ) : null}
                  {widget ? (
                    <Button size="sm" variant="secondary" onClick={() => onOpenCanvas(page, widget.path)}>
                      Show on canvas
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
