"use client";

import { diffLines } from "diff";
import { useMemo } from "react";

/** Unchanged runs longer than this are folded to their first and last lines. */
const CONTEXT = 3;

type Row = { kind: "add" | "del" | "same" | "fold"; text: string };

function rows(from: string, to: string): Row[] {
  const out: Row[] = [];
  for (const part of diffLines(from, to)) {
    const lines = part.value.replace(/\n$/, "").split("\n");
    if (part.added) lines.forEach((text) => out.push({ kind: "add", text }));
    else if (part.removed) lines.forEach((text) => out.push({ kind: "del", text }));
    else if (lines.length > CONTEXT * 2 + 1) {
      lines.slice(0, CONTEXT).forEach((text) => out.push({ kind: "same", text }));
      out.push({ kind: "fold", text: `… ${lines.length - CONTEXT * 2} unchanged lines …` });
      lines.slice(-CONTEXT).forEach((text) => out.push({ kind: "same", text }));
    } else lines.forEach((text) => out.push({ kind: "same", text }));
  }
  return out;
}

const STYLE: Record<Row["kind"], string> = {
  add: "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200",
  del: "bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-200",
  same: "text-stone-700 dark:text-stone-300",
  fold: "text-center italic text-stone-600 dark:text-stone-400",
};
const MARK: Record<Row["kind"], string> = { add: "+", del: "−", same: " ", fold: " " };

/** Line diff from `from` (an old version) to `to` (the editor's text): + lines are in the editor only. */
export function VersionDiff({ from, to }: { from: string; to: string }) {
  const list = useMemo(() => rows(from, to), [from, to]);
  const changed = list.some((r) => r.kind === "add" || r.kind === "del");
  if (!changed) return <p className="text-sm text-stone-600 dark:text-stone-400">Same text as the editor.</p>;
  return (
    <pre
      tabIndex={0}
      aria-label="Changes from this version to the editor"
      className="max-h-[50vh] overflow-auto rounded-md border border-stone-200 text-xs dark:border-stone-800"
    >
      {list.map((r, i) => (
        <div key={i} className={`whitespace-pre-wrap break-all px-2 ${STYLE[r.kind]}`}>
          <span aria-hidden className="mr-2 select-none">
            {MARK[r.kind]}
          </span>
          {r.kind === "add" ? (
            <span className="sr-only">added: </span>
          ) : r.kind === "del" ? (
            <span className="sr-only">removed: </span>
          ) : null}
          {r.text}
        </div>
      ))}
    </pre>
  );
}
