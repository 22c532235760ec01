"use client";

import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/jobs/local-time";
import type { Draft } from "./use-draft";

/** Offers the unsaved draft this browser kept for the project (a closed tab, a crash, a lost session). */
export function DraftBanner({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: Draft | null;
  onRestore: (d: Draft) => void;
  onDiscard: () => void;
}) {
  if (!draft) return null;
  return (
    <div
      role="status"
      data-testid="draft-banner"
      className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100"
    >
      <span className="mr-auto">
        You have unsaved edits from <LocalTime iso={draft.at} relative />.
      </span>
      <Button size="sm" onClick={() => onRestore(draft)}>
        Restore draft
      </Button>
      <Button size="sm" variant="ghost" onClick={onDiscard}>
        Discard
      </Button>
    </div>
  );
}
