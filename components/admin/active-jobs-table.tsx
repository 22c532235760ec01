"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { JobProgress } from "@/components/jobs/job-progress";
import { LocalTime } from "@/components/jobs/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AdminJob } from "@/lib/admin/schema";
import type { ActionResult } from "@/lib/auth/action";

type Props = { jobs: AdminJob[]; cancel: (input: { jobId: string }) => Promise<ActionResult<{ jobId: string }>> };

/** Every user's queued and running jobs, each with "Cancel". */
export function ActiveJobsTable({ jobs, cancel }: Props) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Queued and running jobs of all users</caption>
        <thead className="text-xs uppercase tracking-wide text-stone-500 dark:text-stone-400">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Job
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Owner
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Queued
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <JobRow key={job.id} job={job} cancel={cancel} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function JobRow({ job, cancel }: { job: AdminJob; cancel: Props["cancel"] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const onCancel = () =>
    startTransition(async () => {
      const result = await cancel({ jobId: job.id });
      if (result.ok) toast.success(`Cancelled “${job.title}”`);
      else toast.error(result.error);
      router.refresh();
    });
  return (
    <tr className="border-t border-stone-100 align-middle dark:border-stone-800" data-testid="admin-job-row">
      <th scope="row" className="px-4 py-2.5 font-normal">
        <span className="font-medium">{job.title}</span>
        <span className="block font-mono text-xs text-stone-500 dark:text-stone-400">
          {job.id}
          {job.profile ? ` · ${job.profile}` : ""}
        </span>
      </th>
      <td className="px-4 py-2.5">
        <Link href={`/admin/users/${job.owner.id}`} className="underline-offset-2 hover:underline">
          {job.owner.email ?? job.owner.id}
        </Link>
        <span className="block text-xs text-stone-500 dark:text-stone-400">{job.owner.plan} plan</span>
      </td>
      <td className="px-4 py-2.5">
        {job.status === "processing" ? (
          <span className="flex flex-col items-start gap-1">
            <Badge tone="info">Rendering</Badge>
            <JobProgress job={job} compact />
          </span>
        ) : (
          <Badge tone="neutral">Waiting</Badge>
        )}
      </td>
      <td className="whitespace-nowrap px-4 py-2.5 text-stone-600 dark:text-stone-400">
        <LocalTime iso={job.created_at} relative />
      </td>
      <td className="px-4 py-2.5 text-right">
        <Button
          variant="quietDanger"
          size="sm"
          onClick={onCancel}
          disabled={pending}
          aria-label={`Cancel ${job.title} of ${job.owner.email ?? job.owner.id}`}
        >
          {pending ? "Cancelling…" : "Cancel"}
        </Button>
      </td>
    </tr>
  );
}
