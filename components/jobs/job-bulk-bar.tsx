"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";
import type { JobJson } from "@/lib/jobs/serialize";

type BulkAction = (input: { jobIds: string[] }) => Promise<ActionResult<{ done: number; skipped: number }>>;
export type BulkJobActions = { cancel: BulkAction; remove: BulkAction };
import { plural } from "@/lib/plural";

/** Cancel or delete the selected jobs at once; each job only gets the action its state allows. */
export function JobBulkBar({
  jobs,
  actions,
  onDone,
}: {
  jobs: Pick<JobJson, "id" | "status">[];
  actions: BulkJobActions;
  onDone: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (jobs.length === 0) return null;
  const active = jobs.filter((j) => j.status === "pending" || j.status === "processing").map((j) => j.id);
  const finished = jobs.filter((j) => j.status !== "pending" && j.status !== "processing").map((j) => j.id);

  const run = (verb: "Cancelled" | "Deleted", action: BulkAction, ids: string[]) =>
    startTransition(async () => {
      const r = await action({ jobIds: ids });
      if (!r.ok) return void toast.error(r.error);
      toast.success(`${verb} ${plural(r.data.done, "job")}${r.data.skipped ? ` (${r.data.skipped} had already changed)` : ""}`);
      onDone();
      router.refresh();
    });

  return (
    <div
      role="region"
      aria-label="Selected jobs"
      className="sticky top-14 z-10 mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-stone-200 bg-white p-2 text-sm shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <span className="px-1 font-medium">{plural(jobs.length, "job")} selected</span>
      <span className="ml-auto flex gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || active.length === 0}
          onClick={() => run("Cancelled", actions.cancel, active)}
        >
          Cancel {active.length ? plural(active.length, "running job") : ""}
        </Button>
        <Button
          size="sm"
          variant="quietDanger"
          disabled={pending || finished.length === 0}
          onClick={() => {
            if (window.confirm(`Delete ${plural(finished.length, "job")} and their PDFs?`)) run("Deleted", actions.remove, finished);
          }}
        >
          Delete {finished.length ? plural(finished.length, "finished job") : ""}
        </Button>
      </span>
    </div>
  );
}
