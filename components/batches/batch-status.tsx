"use client";

import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import type { cancelBatchAction } from "@/app/(app)/batches/actions";
import { JobProgress } from "@/components/jobs/job-progress";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import type { BatchJson } from "@/lib/jobs/batch-schema";

const TONE: Record<string, BadgeTone> = {
  pending: "neutral",
  processing: "info",
  completed: "success",
  partial: "warning",
  failed: "danger",
  cancelled: "warning",
};
const active = (status: string) => status === "pending" || status === "processing";

/** Each device's job with live progress (polls while any is unfinished), the ZIP and cancel. */
export function BatchStatus({
  initial,
  names,
  cancel,
}: {
  initial: BatchJson;
  names: Record<string, string>;
  cancel: typeof cancelBatchAction;
}) {
  const [batch, setBatch] = useState(initial);
  const [pending, startTransition] = useTransition();
  const running = active(batch.status);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/pdf/batches/${batch.id}`, { cache: "no-store" }).catch(() => null);
      if (res?.ok) setBatch((await res.json()) as BatchJson);
    }, 1500);
    return () => clearInterval(timer);
  }, [running, batch.id]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={TONE[batch.status]}>{batch.status}</Badge>
        <span className="text-sm text-stone-600 dark:text-stone-400" data-testid="batch-summary">
          {batch.counts.completed} of {batch.jobs.length} {batch.jobs.some((j) => j.variables) ? "PDFs" : "devices"} done
          {batch.pages ? ` · ${batch.pages.toLocaleString("en")} pages` : ""}
        </span>
        <div className="ml-auto flex gap-2">
          {running ? (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const r = await cancel({ batchId: batch.id });
                  if (!r.ok) toast.error(r.error);
                  const res = await fetch(`/api/pdf/batches/${batch.id}`, { cache: "no-store" });
                  if (res.ok) setBatch((await res.json()) as BatchJson);
                })
              }
            >
              Cancel all
            </Button>
          ) : null}
          {!running && batch.counts.completed > 0 ? (
            <a href={`/api/pdf/batches/${batch.id}/download`} className={buttonClass("primary")}>
              Download ZIP
            </a>
          ) : null}
        </div>
      </div>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {batch.jobs.map((j) => (
          <li key={j.id} className="grid gap-2 p-3 sm:grid-cols-[14rem_1fr_auto] sm:items-center" data-testid="batch-device">
            <div>
              <p className="font-medium">{names[j.profile ?? ""] ?? j.profile ?? "Default device"}</p>
              <p className="text-xs text-stone-500">{j.profile}</p>
              {j.variables ? (
                <p className="mt-1 flex flex-wrap gap-1" aria-label="Variables">
                  {Object.entries(j.variables).map(([name, value]) => (
                    <code
                      key={name}
                      className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700 dark:bg-stone-800 dark:text-stone-300"
                    >
                      {name} = {String(value)}
                    </code>
                  ))}
                </p>
              ) : null}
            </div>
            <div className="min-w-0">
              <JobProgress job={j} />
              {j.error_message ? <p className="mt-1 text-xs text-red-700 dark:text-red-400">{j.error_message}</p> : null}
            </div>
            <div className="flex items-center gap-2">
              <Badge tone={TONE[j.status]}>{j.status}</Badge>
              {j.status === "completed" ? (
                <a className="text-sm font-medium text-brand underline-offset-2 hover:underline" href={`/api/pdf/jobs/${j.id}/download`}>
                  PDF{j.page_count ? ` · ${j.page_count} p.` : ""}
                </a>
              ) : (
                <Link className="text-sm text-stone-600 underline-offset-2 hover:underline dark:text-stone-400" href={`/jobs/${j.id}`}>
                  Details
                </Link>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
