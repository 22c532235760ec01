"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { JobJson } from "@/lib/jobs/serialize";
import { downloadUrl, useJobActions, type JobActions } from "@/components/jobs/job-actions";
import { JobProgress } from "@/components/jobs/job-progress";
import { LocalTime } from "@/components/jobs/local-time";
import { STATUS_ICON, STATUS_LABEL, STATUS_TONE, formatBytes } from "@/components/jobs/format";
import { jobPageImageUrl } from "@/components/pages/job-page-browser";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";

/** The Jobs table. While any row is active, the server data is refreshed every few seconds. */
export function JobList({ jobs, jobActions }: { jobs: JobJson[]; jobActions: JobActions }) {
  const router = useRouter();
  const actions = useJobActions(jobActions);
  const anyActive = jobs.some((j) => j.status === "pending" || j.status === "processing");
  useEffect(() => {
    if (!anyActive) return;
    const t = setInterval(() => router.refresh(), 3000);
    return () => clearInterval(t);
  }, [anyActive, router]);

  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 dark:border-stone-800">
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-50 text-stone-600 dark:bg-stone-900 dark:text-stone-400">
          <tr>
            <th className="px-3 py-2 font-medium">Document</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium">Pages</th>
            <th className="px-3 py-2 font-medium">Size</th>
            <th className="px-3 py-2 font-medium">Created</th>
            <th className="px-3 py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
          {jobs.map((job) => {
            const active = job.status === "pending" || job.status === "processing";
            return (
              <tr key={job.id} data-testid="job-row" data-status={job.status}>
                <td className="px-3 py-2">
                  <div className="flex items-center gap-3">
                    <FirstPage job={job} />
                    <div className="min-w-0">
                      <Link href={`/jobs/${job.id}`} className="font-medium hover:underline">
                        {job.title}
                      </Link>
                      {job.error_message ? <p className="mt-0.5 max-w-md truncate text-xs text-red-700 dark:text-red-400">{job.error_message}</p> : null}
                    </div>
                  </div>
                </td>
                <td className="px-3 py-2">
                  <div className="flex items-center gap-2">
                    <Badge tone={STATUS_TONE[job.status]}>
                      <span aria-hidden className="mr-1">{STATUS_ICON[job.status]}</span>
                      {STATUS_LABEL[job.status]}
                    </Badge>
                    {active ? <JobProgress job={job} compact /> : null}
                  </div>
                </td>
                <td className="px-3 py-2 tabular-nums">{job.page_count?.toLocaleString() ?? "—"}</td>
                <td className="px-3 py-2 tabular-nums">{formatBytes(job.size_bytes)}</td>
                <td className="px-3 py-2 text-stone-600 dark:text-stone-400">
                  <LocalTime iso={job.created_at} relative />
                </td>
                <td className="px-3 py-2">
                  <div className="flex justify-end gap-1">
                    {job.status === "completed" ? (
                      <a className={buttonClass("secondary", "sm")} href={downloadUrl(job.id)} download>
                        Download
                      </a>
                    ) : null}
                    {active ? (
                      <Button size="sm" variant="secondary" disabled={actions.pending} onClick={() => actions.cancel(job.id)}>
                        Cancel
                      </Button>
                    ) : (
                      <>
                        <Button size="sm" variant="ghost" disabled={actions.pending} onClick={() => actions.retry(job.id)}>
                          Retry
                        </Button>
                        <Button size="sm" variant="ghost" disabled={actions.pending} onClick={() => actions.remove(job.id)}>
                          Delete
                        </Button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The first page of a finished job; an empty sheet otherwise, so rows stay aligned. */
function FirstPage({ job }: { job: JobJson }) {
  const done = job.status === "completed" && (job.page_count ?? 0) > 0;
  return (
    <span className="block h-12 w-9 shrink-0 overflow-hidden rounded-sm border border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-800" aria-hidden>
      {done ? (
        // eslint-disable-next-line @next/next/no-img-element -- server-drawn PNG at thumbnail size
        <img src={jobPageImageUrl(job.id, 1, 120)} alt="" loading="lazy" decoding="async" className="h-full w-full object-cover object-top" data-testid="job-first-page" />
      ) : null}
    </span>
  );
}
