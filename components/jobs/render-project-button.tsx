"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { readRenderOptions, RenderOptionsFields } from "@/components/jobs/render-options-fields";
import { Button } from "@/components/ui/button";
import { keepInput } from "@/components/ui/keep-input";
import type { ActionResult } from "@/lib/auth/action";
import type { RenderOptionsInput } from "@/lib/jobs/schema";

type RenderProject = (input: { projectId: string; profile?: string; render_options?: RenderOptionsInput }) => Promise<ActionResult<{ jobId: string }>>;

/** "Render PDF" for a saved project, with its render options: queues a job and opens its live status page. */
export function RenderProjectButton({ projectId, profile, autoDownload = false, renderProject }: { projectId: string; profile?: string; autoDownload?: boolean; renderProject: RenderProject }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    const options = readRenderOptions(form);
    if (!options.ok) return void toast.error(options.error);
    startTransition(async () => {
      const result = await renderProject({ projectId, profile, render_options: options.options });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success("Render queued");
      router.push(`/jobs/${result.data.jobId}${autoDownload ? "?download=1" : ""}`);
    });
  }

  return (
    <form onSubmit={keepInput(submit)} className="flex items-center gap-2">
      <RenderOptionsFields floating />
      <Button type="submit" disabled={pending}>
        {pending ? "Queuing…" : "Render PDF"}
      </Button>
    </form>
  );
}
