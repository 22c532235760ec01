"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { cancelJob, deleteJob, retryJob } from "@/app/(app)/jobs/actions";

export const downloadUrl = (jobId: string) => `/api/pdf/jobs/${encodeURIComponent(jobId)}/download`;

/** Cancel / retry / delete through the server actions, with toasts; shared by the page and the list. */
export function useJobActions(onChanged?: () => void) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<void>) => startTransition(fn);
  return {
    pending,
    cancel: (jobId: string) =>
      run(async () => {
        const r = await cancelJob({ jobId });
        if (r.ok) toast.success("Job cancelled");
        else toast.error(r.error);
        onChanged?.();
        router.refresh();
      }),
    retry: (jobId: string) =>
      run(async () => {
        const r = await retryJob({ jobId });
        if (!r.ok) return void toast.error(r.error);
        toast.success("Queued again");
        router.push(`/jobs/${r.data.jobId}`);
      }),
    remove: (jobId: string, then?: () => void) =>
      run(async () => {
        if (!window.confirm("Delete this job and its PDF?")) return;
        const r = await deleteJob({ jobId });
        if (!r.ok) return void toast.error(r.error);
        toast.success("Job deleted");
        if (then) then();
        else router.refresh();
      }),
  };
}
