"use client";

import { useEffect, useRef, useState } from "react";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { OutlineItem } from "@/components/pages/page-outline";
import type { PageLink } from "@/components/pages/page-view";
import { PRIORITY, queuePreview } from "../preview-queue";

export type PageWidget = { id: string; type: string; path: string; position: { x: number; y: number; width: number; height: number } };
export type PagePicture = {
  page: number;
  pageCount: number;
  size: { width: number; height: number };
  image: string;
  widgets: PageWidget[];
  /** The page's internal links (points from the top-left corner) and the page each one opens. */
  links: PageLink[];
  /** The document's outline, each entry with its page. */
  outline: OutlineItem[];
  /** What the render noticed but drew anyway (a missing image, an unknown font). */
  warnings: Diagnostic[];
  ms: number;
  /** The destination asked for (a date's page), when the page was chosen by one. */
  destination?: string;
};
export type PictureState = { picture: PagePicture | null; loading: boolean; error: { message: string; diagnostics: Diagnostic[] } | null };

/** Pause after the last edit before the picture is redrawn; a canvas edit asks at once. */
export const PICTURE_DELAY_MS = 250;

type Body = {
  page: number;
  page_count: number;
  page_size: { width: number; height: number };
  image: string;
  widgets: PageWidget[];
  links?: { rect: [number, number, number, number]; page: number }[];
  outline?: OutlineItem[];
  warnings?: Diagnostic[];
};
type ErrorBody = { error?: { message?: string; details?: { diagnostics?: Diagnostic[] } } };

/** POST /api/preview/page: one page of the YAML being edited, drawn by the renderer. */
export function fetchPagePreview(
  args: { yaml: string; profile: string; page: number; width: number; destination?: string; outline?: boolean },
  signal: AbortSignal,
): Promise<Response> {
  const { yaml, profile, page, width, destination, outline = false } = args;
  return fetch("/api/preview/page", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ yaml_content: yaml, profile, page, width, ...(destination ? { destination } : {}), outline }),
    signal,
  });
}

/**
 * The renderer's picture of one page of the current YAML (POST /api/preview/page). A newer request
 * aborts the older one, which also stops its render on the server; the last picture stays on
 * screen while the next one is drawn.
 */
export function usePagePicture(args: {
  yaml: string;
  profile: string;
  page: number;
  destination?: string;
  width: number;
  enabled: boolean;
  delayMs?: number;
  outline?: boolean;
}): PictureState {
  const { yaml, profile, page, destination, width, enabled, delayMs = PICTURE_DELAY_MS, outline = false } = args;
  const [state, setState] = useState<PictureState>({ picture: null, loading: false, error: null });
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(async () => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setState((s) => ({ ...s, loading: true }));
      const started = performance.now();
      try {
        const res = await queuePreview(PRIORITY.page, controller.signal, () =>
          fetchPagePreview({ yaml, profile, page, width, destination, outline }, controller.signal),
        );
        if (!res.ok) {
          const body = (await res.json().catch(() => ({}))) as ErrorBody;
          setState((s) => ({
            ...s,
            loading: false,
            error: {
              message: body.error?.message ?? `The page could not be drawn (${res.status})`,
              diagnostics: body.error?.details?.diagnostics ?? [],
            },
          }));
          return;
        }
        const b = (await res.json()) as Body;
        // Decode before showing, so the swap is one frame and the timing covers what the user sees.
        const img = new Image();
        img.src = b.image;
        await img.decode().catch(() => {});
        if (controller.signal.aborted) return;
        setState({
          picture: {
            page: b.page,
            pageCount: b.page_count,
            size: b.page_size,
            image: b.image,
            widgets: b.widgets,
            links: (b.links ?? []).map((l) => ({ ...l, uri: null })),
            outline: b.outline ?? [],
            warnings: b.warnings ?? [],
            ms: Math.round(performance.now() - started),
            ...(destination ? { destination } : {}),
          },
          loading: false,
          error: null,
        });
      } catch {
        if (!controller.signal.aborted)
          setState((s) => ({
            ...s,
            loading: false,
            error: { message: "The page could not be drawn; check your connection", diagnostics: [] },
          }));
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [yaml, profile, page, destination, width, enabled, delayMs, outline]);

  useEffect(() => () => inFlight.current?.abort(), []);
  return state;
}
