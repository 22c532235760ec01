"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Diagnostic, Severity } from "@/lib/templates";

const TONE: Record<Severity, BadgeTone> = { error: "danger", warning: "warning", info: "info" };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SHOWN = 100;

type Props = {
  diagnostics: readonly Diagnostic[];
  /** Moves the editor's cursor to a 1-based line. */
  onJump: (line: number, column: number) => void;
  checking?: boolean;
  title?: string;
};

export function DiagnosticsList({ diagnostics, onJump, checking, title = "Problems" }: Props) {
  const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  return (
    <section aria-label={title} className="mt-3">
      <h2 className="mb-2 flex items-center gap-2 text-sm font-semibold">
        {title}
        <span className="font-normal text-stone-500 dark:text-stone-400" aria-live="polite">
          {checking
            ? "checking…"
            : errors + warnings === 0
              ? "none — the document is valid"
              : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`}
        </span>
      </h2>
      {sorted.length > 0 ? (
        <ul className="max-h-56 divide-y divide-stone-200 overflow-auto rounded-md border border-stone-200 text-sm dark:divide-stone-800 dark:border-stone-800">
          {sorted.slice(0, SHOWN).map((d, i) => (
            <li key={`${d.path}-${d.code}-${i}`}>
              <button
                type="button"
                className="flex w-full items-start gap-2 px-3 py-1.5 text-left hover:bg-stone-50 disabled:cursor-default dark:hover:bg-stone-800/60"
                disabled={d.line === undefined}
                onClick={() => d.line !== undefined && onJump(d.line, d.column ?? 1)}
              >
                <Badge tone={TONE[d.severity]}>{d.severity}</Badge>
                <span className="min-w-0 flex-1">
                  <span className="font-mono text-xs">{d.path}</span>: {d.message}
                </span>
                {d.line !== undefined ? <span className="shrink-0 text-xs text-stone-500 dark:text-stone-400">line {d.line}</span> : null}
              </button>
            </li>
          ))}
          {sorted.length > SHOWN ? <li className="px-3 py-1.5 text-stone-500">…and {sorted.length - SHOWN} more</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
