"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { JobJson } from "@/lib/jobs/serialize";
import { isTerminal } from "@/lib/job-status";

const MAX_BACKOFF_MS = 30_000;

export type JobPolling = {
  job: JobJson;
  /** Set while requests fail; polling continues with backoff and never stops silently. */
  connectionError: string | null;
  gone: boolean;
  refresh: () => void;
  replace: (job: JobJson) => void;
};

/**
 * Follows one job: fetches at once, then every `intervalMs` until the job is finished. On errors
 * it backs off (doubling, up to 30 s) and says so; a 404 (deleted, expired) stops it. `paused`
 * while the live stream delivers the job; polling is the fallback when the stream drops.
 */
export function useJobPolling(initial: JobJson, intervalMs = 2000, paused = false): JobPolling {
  const [job, setJob] = useState(initial);
  const [connectionError, setConnectionError] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const [wake, setWake] = useState(0);
  const failures = useRef(0);
  const terminal = isTerminal(job.status);

  useEffect(() => {
    if (terminal || gone || paused) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const poll = async () => {
      let delay = intervalMs;
      try {
        const res = await fetch(`/api/pdf/jobs/${encodeURIComponent(job.id)}`, { cache: "no-store", signal: controller.signal });
        if (res.status === 404) {
          setGone(true);
          return;
        }
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const next = (await res.json()) as JobJson;
        failures.current = 0;
        setConnectionError(null);
        setJob(next);
        if (isTerminal(next.status)) return;
      } catch {
        if (stopped) return;
        failures.current += 1;
        delay = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** failures.current);
        setConnectionError(`Can't reach the server; retrying in ${Math.round(delay / 1000)} s`);
      }
      if (!stopped) timer = setTimeout(poll, delay);
    };
    void poll();
    return () => {
      stopped = true;
      controller.abort();
      if (timer) clearTimeout(timer);
    };
    // job.id/terminal/wake restart the loop; `job` itself changes on every poll.
  }, [job.id, terminal, gone, wake, intervalMs, paused]);

  const refresh = useCallback(() => setWake((n) => n + 1), []);
  return { job, connectionError, gone, refresh, replace: setJob };
}
