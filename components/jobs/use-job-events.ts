"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveJob } from "@/lib/jobs/live-stream";

/**
 * Subscribes to the caller's live job stream (SSE). `live` is true while the stream is open; when it
 * drops, callers fall back to polling until the browser has reconnected it.
 */
export function useJobEvents(onJob: (job: LiveJob) => void, enabled = true): { live: boolean } {
  const [live, setLive] = useState(false);
  const handler = useRef(onJob);
  useEffect(() => {
    handler.current = onJob;
  }, [onJob]);

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/pdf/jobs/events");
    source.addEventListener("open", () => setLive(true));
    source.addEventListener("error", () => setLive(false));
    source.addEventListener("job", (e) => {
      try {
        handler.current(JSON.parse((e as MessageEvent<string>).data) as LiveJob);
      } catch {
        // A malformed event is skipped; the next one (or polling) carries the state.
      }
    });
    return () => {
      source.close();
      setLive(false);
    };
  }, [enabled]);

  return { live };
}
