"use client";

import type { FullCheck } from "./use-full-check";
import { FULL_CHECK_TIMEOUT_MS } from "./use-full-check";

function message(check: FullCheck): string {
  switch (check.status) {
    case "off":
      return "";
    case "checking":
      return `Checking all ${check.pages} pages…`;
    case "done":
      return `All ${check.pages} pages checked.`;
    case "failed":
      return check.reason === "timeout"
        ? `Checking all ${check.pages} pages took over ${FULL_CHECK_TIMEOUT_MS / 1000} s and was stopped; the preview and the render still report problems.`
        : `The check of all ${check.pages} pages could not run; the preview and the render still report problems.`;
  }
}

/** The full check of a large project, as it runs in the background. Always mounted, so changes are announced. */
export function FullCheckStatus({ check }: { check: FullCheck }) {
  return (
    <p role="status" className="mt-2 min-h-4 text-xs text-stone-500 dark:text-stone-400">
      {message(check)}
    </p>
  );
}
