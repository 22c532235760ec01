"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { JobJson } from "@/lib/jobs/serialize";

/** Renders shorter than this finish while the user is still looking; no notification. */
const LONG_RENDER_MS = 10_000;

/**
 * A browser notification when a long render finishes, if the user allowed notifications: asked
 * once from the job page ("Notify me"), never on page load.
 */
export function useFinishNotification(job: JobJson) {
  const [permission, setPermission] = useState<NotificationPermission | "unsupported">("default");
  const was = useRef(job.status);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the Notification API exists only in the browser
    setPermission(typeof Notification === "undefined" ? "unsupported" : Notification.permission);
  }, []);

  useEffect(() => {
    const before = was.current;
    was.current = job.status;
    const finished = (before === "pending" || before === "processing") && (job.status === "completed" || job.status === "failed");
    if (!finished || permission !== "granted") return;
    const took = job.started_at && job.completed_at ? Date.parse(job.completed_at) - Date.parse(job.started_at) : 0;
    if (took < LONG_RENDER_MS && !document.hidden) return;
    const n = new Notification(job.status === "completed" ? "Your PDF is ready" : "Render failed", {
      body: job.status === "completed" ? `${job.title}: ${job.page_count ?? "?"} pages` : job.title,
      tag: `inkset-job-${job.id}`,
      icon: "/icon.svg",
    });
    n.onclick = () => window.focus();
  }, [job.status, job.started_at, job.completed_at, job.title, job.page_count, job.id, permission]);

  const ask = useCallback(async () => {
    if (typeof Notification === "undefined") return;
    setPermission(await Notification.requestPermission());
  }, []);

  return { permission, ask };
}
