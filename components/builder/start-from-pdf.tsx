"use client";

import { toast } from "sonner";
import { Label } from "@/components/ui/input";
import { nextPeriod } from "@/lib/planner/next-year";
import type { PlannerOptions } from "@/lib/planner/schema";

/** Tailwind classes of the builder's file pickers. */
export const FILE_INPUT =
  "block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1.5 file:text-sm dark:file:bg-stone-800";

/** "Start from last year's PDF": reads the options a planner PDF carries and hands them on, a year later. */
export function StartFromPdf({ onLoaded }: { onLoaded: (options: PlannerOptions) => void }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 p-3 text-sm dark:border-stone-700">
      <Label htmlFor="planner-from-pdf">Have last year&apos;s planner? Start from its PDF</Label>
      <input
        id="planner-from-pdf"
        type="file"
        accept="application/pdf,.pdf"
        className={FILE_INPUT}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const res = await fetch("/api/planner/from-pdf", { method: "POST", headers: { "content-type": "application/pdf" }, body: file });
          const body = (await res.json().catch(() => ({}))) as { planner?: PlannerOptions; error?: { message?: string } };
          if (!res.ok || !body.planner) return void toast.error(body.error?.message ?? "That PDF could not be read.");
          const next = nextPeriod(body.planner);
          onLoaded(next);
          toast.success(`Settings loaded and moved on to ${next.start}.`);
        }}
      />
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">PDFs made here carry their settings; they are moved on a year.</p>
    </div>
  );
}
