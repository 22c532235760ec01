"use client";

import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { forReaders } from "@/lib/auth/for-readers";
import type { PlannerOptionsInput } from "@/lib/planner/schema";

export const PREVIEW_PAGES = [
  { type: "index", label: "Index" },
  { type: "year", label: "Year" },
  { type: "month", label: "Month" },
  { type: "week", label: "Week" },
  { type: "day", label: "Day" },
  { type: "notes", label: "Notes" },
] as const;
export type PreviewPage = (typeof PREVIEW_PAGES)[number]["type"];

type State = { status: "idle" | "loading" | "ready" | "error"; image?: string; page?: number; pageCount?: number; message?: string };

/** Debounced: a burst of option changes renders once, and a newer request cancels the older one. */
const DEBOUNCE_MS = 300;

export function PlannerPreview({ options, valid, deviceName }: { options: PlannerOptionsInput; valid: boolean; deviceName: string }) {
  const [page, setPage] = useState<PreviewPage>("month");
  const [state, setState] = useState<State>({ status: "idle" });
  const inFlight = useRef<AbortController | null>(null);
  const body = JSON.stringify({ planner: options, page, width: 720 });

  useEffect(() => {
    if (!valid) return;
    const timer = setTimeout(async () => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setState((s) => ({ ...s, status: "loading" }));
      try {
        const res = await fetch("/api/planner/preview", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          signal: controller.signal,
        });
        const json = (await res.json()) as { image?: string; page?: number; page_count?: number; error?: { message?: string } };
        if (!res.ok || !json.image)
          return setState((s) => ({ ...s, status: "error", message: json.error?.message ?? `Preview failed (${res.status})` }));
        setState({ status: "ready", image: json.image, page: json.page, pageCount: json.page_count });
      } catch {
        if (!controller.signal.aborted)
          setState((s) => ({ ...s, status: "error", message: "The preview could not be loaded; check your connection." }));
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [body, valid]);

  useEffect(() => () => inFlight.current?.abort(), []);

  return (
    <section aria-label="Preview" className="flex flex-col gap-3">
      <div role="tablist" aria-label="Page to preview" className="flex flex-wrap gap-1">
        {PREVIEW_PAGES.map((p) => (
          <button
            key={p.type}
            role="tab"
            type="button"
            aria-selected={page === p.type}
            onClick={() => setPage(p.type)}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand",
              page === p.type ? "bg-brand text-white" : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
            )}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="relative flex min-h-[240px] items-center justify-center rounded-lg bg-stone-100 p-4 dark:bg-stone-800">
        {state.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data URL from the renderer; next/image adds nothing here
          <img
            src={state.image}
            alt={`Preview of the ${page} page on ${deviceName}`}
            className={cn(
              "max-h-[55vh] w-auto lg:max-h-[70vh] max-w-full rounded-sm bg-white shadow-lg ring-1 ring-stone-300 transition-opacity",
              (state.status === "loading" || state.status === "error") && "opacity-60",
            )}
          />
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {valid ? "Drawing the preview…" : "Fix the highlighted options to see a preview."}
          </p>
        )}
        {state.status === "loading" ? (
          <span
            role="status"
            className="absolute top-3 right-3 rounded bg-white/90 px-2 py-1 text-xs text-stone-700 shadow dark:bg-stone-900/90 dark:text-stone-200"
          >
            Updating…
          </span>
        ) : null}
      </div>
      <p
        className={cn(
          "text-xs",
          state.status === "error" ? "font-medium text-red-700 dark:text-red-400" : "text-stone-600 dark:text-stone-400",
        )}
        aria-live="polite"
      >
        {state.status === "error"
          ? forReaders(state.message ?? "")
          : state.page
            ? `Page ${state.page} of ${state.pageCount}, drawn by the same renderer as your PDF. Tabs and links work in the PDF.`
            : ""}
      </p>
    </section>
  );
}
