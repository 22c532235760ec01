"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/auth/action";

export const downloadUrl = (jobId: string) => `/api/pdf/jobs/${encodeURIComponent(jobId)}/download`;

type JobAction = (input: { jobId: string }) => Promise<ActionResult<{ jobId: string }>>;

/** The jobs page's server actions (app/(app)/jobs/actions.ts), handed down by the page as a prop. */
export type JobActions = { cancel: JobAction; retry: JobAction; remove: JobAction };

/** Cancel / retry / delete through the server actions, with toasts; shared by the page and the list. */
export function useJobActions(actions: JobActions, onChanged?: () => void) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<void>) => startTransition(fn);
  return {
    pending,
    cancel: (jobId: string) =>
      run(async () => {
        const r = await actions.cancel({ jobId });
        if (r.ok) toast.success("Job cancelled");
        else toast.error(r.error);
        onChanged?.();
        router.refresh();
      }),
    retry: (jobId: string) =>
      run(async () => {
        const r = await actions.retry({ jobId });
        if (!r.ok) return void toast.error(r.error);
        toast.success("Queued again");
        router.push(`/jobs/${r.data.jobId}`);
      }),
    remove: (jobId: string, then?: () => void) =>
      run(async () => {
        if (!window.confirm("Delete this job and its PDF?")) return;
        const r = await actions.remove({ jobId });
        if (!r.ok) return void toast.error(r.error);
        toast.success("Job deleted");
        if (then) then();
        else router.refresh();
      }),
  };
}
