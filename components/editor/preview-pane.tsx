"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Diagnostic } from "@/lib/templates";
import { DiagnosticsList } from "./diagnostics-list";
import { locateDiagnostics } from "@/lib/templates";

/** Pause after the last edit before the preview refreshes by itself (renders are costlier than checks). */
const AUTO_REFRESH_MS = 1500;

type State =
  | { status: "idle" }
  | { status: "loading"; url?: string }
  | { status: "ready"; url: string; pages: number }
  | { status: "error"; message: string; diagnostics: Diagnostic[]; url?: string };

type Props = {
  yaml: string;
  profile: string;
  /** False while the editor reports errors: a render would only fail. */
  renderable: boolean;
  /** Moves the editor's cursor to a line of the YAML. */
  onJump: (line: number, column: number) => void;
};

type ErrorBody = { error?: { message?: string; details?: { diagnostics?: Diagnostic[] } } };

export function PreviewPane({ yaml, profile, renderable, onJump }: Props) {
  const [state, setState] = useState<State>({ status: "idle" });
  const [auto, setAuto] = useState(true);
  const inFlight = useRef<AbortController | null>(null);
  const lastUrl = useRef<string | undefined>(undefined);

  const refresh = useCallback(async () => {
    // A newer request supersedes the old one; aborting it also stops its render on the server.
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ status: "loading", url: lastUrl.current });
    try {
      const res = await fetch("/api/preview", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ yaml_content: yaml, profile, pages: 2 }),
        signal: controller.signal,
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as ErrorBody;
        setState({
          status: "error",
          message: body.error?.message ?? `Preview failed (${res.status})`,
          // The server finds what the quick check skips (e.g. compiling a large project); show where.
          diagnostics: locateDiagnostics(yaml, body.error?.details?.diagnostics ?? []),
          url: lastUrl.current,
        });
        return;
      }
      const blob = await res.blob();
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
      const url = URL.createObjectURL(blob);
      lastUrl.current = url;
      setState({ status: "ready", url, pages: Number(res.headers.get("x-page-count") ?? 0) });
    } catch (err) {
      if (controller.signal.aborted) return;
      setState({ status: "error", message: err instanceof Error ? err.message : "Preview failed", diagnostics: [], url: lastUrl.current });
    }
  }, [yaml, profile]);

  useEffect(() => {
    if (!auto || !renderable) return;
    const timer = setTimeout(() => void refresh(), AUTO_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [auto, renderable, refresh]);

  useEffect(
    () => () => {
      inFlight.current?.abort();
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
    },
    [],
  );

  const url = state.status === "idle" ? undefined : state.url;
  return (
    <section aria-label="Preview" className="flex h-full flex-col">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h2 className="text-sm font-semibold">Preview</h2>
        <span className="text-xs text-stone-500 dark:text-stone-400" aria-live="polite">
          {state.status === "loading" ? "rendering…" : state.status === "ready" ? `first ${state.pages} page${state.pages === 1 ? "" : "s"}` : ""}
        </span>
        <label className="ml-auto flex items-center gap-1 text-xs">
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
          Auto
        </label>
        <Button size="sm" variant="secondary" onClick={() => void refresh()} disabled={state.status === "loading"}>
          Refresh preview
        </Button>
      </div>
      {state.status === "error" ? (
        <div role="alert" className="mb-2 rounded-md border border-red-200 bg-red-50 p-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300">
          <p>{state.message}</p>
        </div>
      ) : null}
      {state.status === "error" && state.diagnostics.length > 0 ? (
        <div className="mb-2">
          <DiagnosticsList title="Preview problems" diagnostics={state.diagnostics} onJump={onJump} />
        </div>
      ) : null}
      {url ? (
        <iframe title="PDF preview" src={url} className="min-h-[60vh] w-full flex-1 rounded-md border border-stone-300 bg-white dark:border-stone-700" />
      ) : (
        <div className="flex min-h-[60vh] flex-1 items-center justify-center rounded-md border border-dashed border-stone-300 p-6 text-center text-sm text-stone-500 dark:border-stone-700">
          {renderable ? "The first pages appear here." : "Fix the errors to see a preview."}
        </div>
      )}
    </section>
  );
}
