"use client";

import { plural } from "@/lib/plural";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { JobJson } from "@/lib/jobs/serialize";
import { productName } from "@/lib/templates/profiles/product-names";
import { downloadUrl, useJobActions, type JobActions } from "@/components/jobs/job-actions";
import { JobBulkBar, type BulkJobActions } from "@/components/jobs/job-bulk-bar";
import { JobProgress } from "@/components/jobs/job-progress";
import { LocalTime } from "@/components/jobs/local-time";
import { useJobEvents } from "@/components/jobs/use-job-events";
import { STATUS_ICON, STATUS_LABEL, STATUS_TONE, formatBytes, warningCount } from "@/components/jobs/format";
import { jobPageImageUrl } from "@/components/pages/job-page-browser";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";

export type JobRow = JobJson & { queue_position: number | null };

const FALLBACK_REFRESH_MS = 3000;

/** The Jobs table. Changes arrive over the live stream; while it is down, active rows are re-read every few seconds. */
export function JobList({ jobs, jobActions, bulkActions }: { jobs: JobRow[]; jobActions: JobActions; bulkActions: BulkJobActions }) {
  const router = useRouter();
  const actions = useJobActions(jobActions);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const anyActive = jobs.some((j) => j.status === "pending" || j.status === "processing");

  // Many events in a burst (a batch finishing) become one refresh of the server-rendered list.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onEvent = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      router.refresh();
    }, 250);
  }, [router]);
  const stream = useJobEvents(onEvent);
  useEffect(() => {
    if (stream.live || !anyActive) return;
    const t = setInterval(() => router.refresh(), FALLBACK_REFRESH_MS);
    return () => clearInterval(t);
  }, [stream.live, anyActive, router]);

  // Rows that left the page (deleted, filtered) are no longer selectable.
  const ids = jobs.map((j) => j.id).join();
  useEffect(() => {
    const present = new Set(ids.split(","));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- pruning a selection to the rows now shown
    setSelected((s) => new Set([...s].filter((id) => present.has(id))));
  }, [ids]);

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const allSelected = jobs.length > 0 && jobs.every((j) => selected.has(j.id));

  return (
    <div data-live={stream.live ? "stream" : "polling"} data-testid="job-list">
      <JobBulkBar jobs={jobs.filter((j) => selected.has(j.id))} actions={bulkActions} onDone={() => setSelected(new Set())} />
      <div className="rounded-lg border border-stone-200 dark:border-stone-800">
        <table className="w-full table-fixed text-left text-sm">
          <thead className="bg-stone-50 text-stone-700 dark:bg-stone-900 dark:text-stone-300">
            <tr>
              <th className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Select all jobs on this page"
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(jobs.map((j) => j.id)))}
                />
              </th>
              <th className="px-3 py-2 font-medium">Document</th>
              <th className="hidden w-44 px-3 py-2 font-medium md:table-cell">Device</th>
              <th className="w-32 px-3 py-2 font-medium sm:w-44">Status</th>
              <th className="hidden w-20 px-3 py-2 font-medium lg:table-cell">Pages</th>
              <th className="hidden w-24 px-3 py-2 font-medium lg:table-cell">Size</th>
              <th className="hidden w-32 px-3 py-2 font-medium sm:table-cell">Created</th>
              <th className="hidden w-52 px-3 py-2 font-medium md:table-cell">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {jobs.map((job) => {
              const active = job.status === "pending" || job.status === "processing";
              const warnings = warningCount(job);
              return (
                <tr key={job.id} data-testid="job-row" data-status={job.status}>
                  <td className="px-3 py-2 align-top">
                    <input
                      type="checkbox"
                      aria-label={`Select ${job.title}`}
                      checked={selected.has(job.id)}
                      onChange={() => toggle(job.id)}
                    />
                  </td>
                  <td className="min-w-0 px-3 py-2 align-top">
                    <div className="flex min-w-0 items-start gap-2">
                      <FirstPage job={job} />
                      <div className="min-w-0">
                        <Link href={`/jobs/${job.id}`} className="block truncate font-medium hover:underline">
                          {job.title}
                        </Link>
                        <p className="truncate text-xs text-stone-600 dark:text-stone-400">
                          {job.project_id && job.project_name ? (
                            <Link href={`/projects/${job.project_id}`} className="underline underline-offset-2">
                              {job.project_name}
                              {job.project_version ? ` · v${job.project_version}` : ""}
                            </Link>
                          ) : (
                            "Pasted YAML"
                          )}
                          <span className="md:hidden">{job.profile ? ` · ${productName(job.profile)}` : ""}</span>
                        </p>
                        {job.error_message ? (
                          <p className="mt-0.5 truncate text-xs text-red-700 dark:text-red-400">{job.error_message}</p>
                        ) : null}
                      </div>
                    </div>
                  </td>
                  <td className="hidden truncate px-3 py-2 align-top md:table-cell">
                    {job.profile ? productName(job.profile) : "From the template"}
                  </td>
                  <td className="px-3 py-2 align-top">
                    <Badge tone={job.status === "completed" && warnings > 0 ? "warning" : STATUS_TONE[job.status]}>
                      <span aria-hidden className="mr-1">
                        {STATUS_ICON[job.status]}
                      </span>
                      {STATUS_LABEL[job.status]}
                    </Badge>
                    {job.status === "pending" && job.queue_position ? (
                      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                        {job.queue_position === 1 ? "Next in queue" : `#${job.queue_position} in queue`}
                      </p>
                    ) : null}
                    {job.status === "completed" && warnings > 0 ? (
                      <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">{plural(warnings, "warning")}</p>
                    ) : null}
                    {job.status === "processing" ? (
                      <div className="mt-1">
                        <JobProgress job={job} compact />
                      </div>
                    ) : null}
                  </td>
                  <td className="hidden px-3 py-2 align-top tabular-nums lg:table-cell">{job.page_count?.toLocaleString() ?? "—"}</td>
                  <td className="hidden px-3 py-2 align-top tabular-nums lg:table-cell">{formatBytes(job.size_bytes)}</td>
                  <td className="hidden px-3 py-2 align-top text-stone-600 sm:table-cell dark:text-stone-400">
                    <LocalTime iso={job.created_at} relative />
                  </td>
                  <td className="hidden px-3 py-2 align-top md:table-cell">
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
                          {job.status !== "completed" ? (
                            <Button size="sm" variant="ghost" disabled={actions.pending} onClick={() => actions.retry(job.id)}>
                              Retry
                            </Button>
                          ) : null}
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
    </div>
  );
}

/** The first page of a finished job; an empty sheet otherwise, so rows stay aligned. */
function FirstPage({ job }: { job: JobJson }) {
  const done = job.status === "completed" && (job.page_count ?? 0) > 0;
  return (
    <span
      className="hidden h-12 w-9 shrink-0 overflow-hidden rounded-sm border border-stone-300 bg-white sm:block dark:border-stone-700 dark:bg-stone-800"
      aria-hidden
    >
      {done ? (
        // eslint-disable-next-line @next/next/no-img-element -- server-drawn PNG at thumbnail size
        <img
          src={jobPageImageUrl(job.id, 1, 120)}
          alt=""
          loading="lazy"
          decoding="async"
          className="h-full w-full object-cover object-top"
          data-testid="job-first-page"
        />
      ) : null}
    </span>
  );
}
