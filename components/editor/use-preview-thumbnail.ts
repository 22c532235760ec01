"use client";

import { useEffect, useState } from "react";
import { fetchPagePreview } from "./canvas/use-page-picture";
import { PRIORITY, queuePreview } from "./preview-queue";

export const THUMB_WIDTH = 120;
/** Thumbnails wait for the text to settle longer than the page on screen does. */
const THUMB_DELAY_MS = 1200;

// Pictures of the current document (by its text and device); a page of an older text stays on
// screen until its new picture arrives, so scrolling back never shows blanks.
let current = { key: "", pictures: new Map<number, string>() };
const lastSeen = new Map<number, string>();

function cached(key: string, page: number): string | undefined {
  return current.key === key ? current.pictures.get(page) : undefined;
}

/**
 * The picture of one page of the YAML being edited, for a thumbnail: requested only while its
 * cell is mounted (the grid mounts the rows in view), after the page on screen.
 */
export function usePreviewThumbnail(args: { yaml: string; profile: string; page: number; enabled: boolean }): {
  image: string | null;
  stale: boolean;
} {
  const { yaml, profile, page, enabled } = args;
  const key = `${profile}\n${yaml}`;
  const [, setVersion] = useState(0);
  const fresh = cached(key, page);

  useEffect(() => {
    if (!enabled || cached(key, page)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      queuePreview(PRIORITY.thumbnail, controller.signal, async () => {
        const res = await fetchPagePreview({ yaml, profile, page, width: THUMB_WIDTH }, controller.signal);
        if (!res.ok) return;
        const body = (await res.json()) as { image: string };
        if (current.key !== key) current = { key, pictures: new Map() };
        current.pictures.set(page, body.image);
        lastSeen.set(page, body.image);
        setVersion((v) => v + 1);
      }).catch(() => {});
    }, THUMB_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, yaml, profile, page, enabled]);

  return { image: fresh ?? lastSeen.get(page) ?? null, stale: !fresh };
}
