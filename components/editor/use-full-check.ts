"use client";

import { useEffect, useRef, useState } from "react";
import type { Diagnostic } from "@/lib/templates";
import type { FullCheckRequest, FullCheckResponse } from "./full-check.worker";

/** Pause after a quick check (itself 300 ms after typing stops) before the full check starts. */
export const FULL_CHECK_DELAY_MS = 500;
/** A check running longer is abandoned (its worker terminated); the preview and the render still check. */
export const FULL_CHECK_TIMEOUT_MS = 20_000;

/** A text whose quick check passed, with the page count the full check will compile. */
export type FullCheckInput = { yaml: string; profile: string; pages: number };

type Outcome =
  | { status: "done"; pages: number; yaml: string; diagnostics: Diagnostic[] }
  | { status: "failed"; pages: number; reason: "timeout" | "error" };

export type FullCheck = { status: "off" } | { status: "checking"; pages: number } | Outcome;

const keyOf = (input: FullCheckInput) => `${input.profile}\n${input.yaml}`;

/**
 * Runs fullProjectCheck in a Web Worker for `input` (null: nothing to check), after a pause. Only the
 * answer for the latest input counts; a check of an outdated input is abandoned. Without Worker support
 * (or when the worker script fails to load) the status stays "off": the editor keeps its quick check.
 */
export function useFullCheck(input: FullCheckInput | null): FullCheck {
  // The outcome is kept with the input it answers, so a newer input reads as "checking" at once.
  const [outcome, setOutcome] = useState<{ key: string; result: Outcome } | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const { yaml, profile, pages } = input ?? {};

  useEffect(() => {
    if (yaml === undefined || profile === undefined || pages === undefined || unavailable || typeof Worker === "undefined") return;
    const id = ++lastId.current;
    const key = keyOf({ yaml, profile, pages });
    let running = false;
    let cap: ReturnType<typeof setTimeout> | undefined;
    const discard = () => {
      worker.current?.terminate();
      worker.current = null;
    };
    const finish = (result: Outcome) => {
      running = false;
      clearTimeout(cap);
      setOutcome({ key, result });
    };
    const start = setTimeout(() => {
      // Created on first use and kept while idle: a warm worker checks the next edit faster.
      let w = worker.current;
      if (!w) {
        try {
          w = new Worker(new URL("./full-check.worker.ts", import.meta.url), { type: "module" });
        } catch {
          setUnavailable(true); // e.g. a Content-Security-Policy without worker-src
          return;
        }
        worker.current = w;
      }
      w.onmessage = (event: MessageEvent<FullCheckResponse>) => {
        if (event.data.id !== id) return; // an answer to an older request
        finish(
          "error" in event.data
            ? { status: "failed", pages, reason: "error" }
            : { status: "done", pages, yaml, diagnostics: event.data.diagnostics },
        );
      };
      // The script failed to load or crashed outside the handler: stop trying and keep the quick check.
      w.onerror = () => {
        discard();
        finish({ status: "failed", pages, reason: "error" });
        setUnavailable(true);
      };
      cap = setTimeout(() => {
        discard();
        finish({ status: "failed", pages, reason: "timeout" });
      }, FULL_CHECK_TIMEOUT_MS);
      running = true;
      w.postMessage({ id, yaml, profile } satisfies FullCheckRequest);
    }, FULL_CHECK_DELAY_MS);
    return () => {
      clearTimeout(start);
      clearTimeout(cap);
      // The text changed (or the editor closed) mid-check: its answer would be stale, so stop the work.
      if (running) discard();
    };
  }, [yaml, profile, pages, unavailable]);

  // An idle worker outlives each check; it goes with the editor.
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  if (!input || typeof Worker === "undefined") return { status: "off" };
  if (outcome?.key === keyOf(input)) return outcome.result;
  if (unavailable) return { status: "off" };
  return { status: "checking", pages: input.pages };
}
