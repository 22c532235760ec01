"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { renderProject } from "@/app/(app)/jobs/actions";
import { Button } from "@/components/ui/button";

/** "Render PDF" for a saved project: queues a job and opens its live status page. */
export function RenderProjectButton({ projectId, profile, autoDownload = false }: { projectId: string; profile?: string; autoDownload?: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await renderProject({ projectId, profile });
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          toast.success("Render queued");
          router.push(`/jobs/${result.data.jobId}${autoDownload ? "?download=1" : ""}`);
        })
      }
    >
      {pending ? "Queuing…" : "Render PDF"}
    </Button>
  );
}
