"use client";

import { plural } from "@/lib/plural";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { JobJson } from "@/lib/jobs/serialize";
import { JobDetails } from "@/components/jobs/job-details";
import { downloadUrl, useJobActions, type JobActions } from "@/components/jobs/job-actions";
import { JobProgress } from "@/components/jobs/job-progress";
import { LocalTime } from "@/components/jobs/local-time";
import { JobWarnings } from "@/components/jobs/job-warnings";
import { useFinishNotification } from "@/components/jobs/use-finish-notification";
import { useJobEvents } from "@/components/jobs/use-job-events";
import { useJobPolling } from "@/components/jobs/use-job-polling";
import { STATUS_ICON, STATUS_LABEL, STATUS_TONE, formatBytes, formatDuration, jobDurationMs, warningCount } from "@/components/jobs/format";
import type { LiveJob } from "@/lib/jobs/live-stream";
import { JobPageBrowser } from "@/components/pages/job-page-browser";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { ShareDialog, type ShareActions } from "@/components/share/share-dialog";
import { EmailWhenDone } from "@/components/jobs/email-when-done";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  /** The row as the server rendered it; the component then follows the job live. */
  initial: JobJson;
  /** Start the download once the job completes (only if it completes while this page is open). */
  autoDownload?: boolean;
  pollIntervalMs?: number;
  /** Place in the queue while the job waits (1 = next). */
  initialQueuePosition?: number | null;
  /** Cancel, retry and delete (the jobs page's server actions). */
  jobActions: JobActions;
  /** The Share dialog's server actions (job page only). */
  shareActions?: ShareActions;
  /** "E-mail me when done" while the job runs (job page only). */
  requestEmail?: (input: { jobId: string }) => Promise<ActionResult<{ jobId: string }>>;
};

export function JobStatus({
  initial,
  autoDownload = false,
  pollIntervalMs = 2000,
  initialQueuePosition = null,
  jobActions,
  shareActions,
  requestEmail,
}: Props) {
  const [queuePosition, setQueuePosition] = useState(initialQueuePosition);
  const replaceRef = useRef<(job: LiveJob) => void>(() => {});
  const onEvent = useCallback(
    (j: LiveJob) => {
      if (j.id !== initial.id) return;
      setQueuePosition(j.queue_position);
      replaceRef.current(j);
    },
    [initial.id],
  );
  // The live stream delivers changes as they happen; polling runs only while it is down.
  const stream = useJobEvents(onEvent);
  const { job, connectionError, gone, refresh, replace } = useJobPolling(initial, pollIntervalMs, stream.live);
  useEffect(() => {
    replaceRef.current = replace;
  }, [replace]);
  const notify = useFinishNotification(job);
  const actions = useJobActions(jobActions, refresh);
  const router = useRouter();
  const downloaded = useRef(initial.status === "completed");

  useEffect(() => {
    if (!autoDownload || job.status !== "completed" || downloaded.current) return;
    downloaded.current = true;
    const a = document.createElement("a");
    a.href = downloadUrl(job.id);
    a.download = "";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }, [autoDownload, job.status, job.id]);

  if (gone) {
    return <p className="text-sm text-stone-600 dark:text-stone-400">This job no longer exists (deleted or expired).</p>;
  }
  const active = job.status === "pending" || job.status === "processing";
  const warnings = warningCount(job);

  return (
    <section
      aria-label="PDF job"
      data-testid="job-status"
      data-status={job.status}
      data-live={stream.live ? "stream" : "polling"}
      className="space-y-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={job.status === "completed" && warnings > 0 ? "warning" : STATUS_TONE[job.status]}>
          <span aria-hidden className={job.status === "processing" ? "mr-1 inline-block animate-spin" : "mr-1"}>
            {job.status === "completed" && warnings > 0 ? "!" : STATUS_ICON[job.status]}
          </span>
          {STATUS_LABEL[job.status]}
          {job.status === "completed" && warnings > 0 ? ` · ${plural(warnings, "warning")}` : ""}
        </Badge>
        {job.status === "pending" && queuePosition ? (
          <span className="text-sm text-stone-600 dark:text-stone-400" data-testid="queue-position">
            {queuePosition === 1 ? "Next in the queue" : `Number ${queuePosition} in the queue`}
          </span>
        ) : null}
        <div className="ml-auto flex flex-wrap gap-2">
          {active && notify.permission === "default" ? (
            <Button variant="ghost" size="sm" onClick={() => void notify.ask()}>
              Notify me when done
            </Button>
          ) : null}
          {active && requestEmail ? <EmailWhenDone jobId={job.id} asked={initial.email !== null} request={requestEmail} /> : null}
          {active ? (
            <Button variant="secondary" size="sm" disabled={actions.pending} onClick={() => actions.cancel(job.id)}>
              Cancel
            </Button>
          ) : null}
          {job.status === "completed" && shareActions ? <ShareDialog jobId={job.id} title={job.title} actions={shareActions} /> : null}
          {job.status === "completed" ? (
            <a className={buttonClass("primary", "sm")} href={downloadUrl(job.id)} download>
              Download PDF
            </a>
          ) : null}
          {job.status === "failed" || job.status === "cancelled" ? (
            <Button variant="secondary" size="sm" disabled={actions.pending} onClick={() => actions.retry(job.id)}>
              Retry
            </Button>
          ) : null}
          {!active ? (
            <Button variant="ghost" size="sm" disabled={actions.pending} onClick={() => actions.remove(job.id, () => router.push("/jobs"))}>
              Delete
            </Button>
          ) : null}
        </div>
      </div>

      {job.status !== "completed" ? <JobProgress job={job} /> : null}
      <JobWarnings job={job} />

      {job.error_message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300">
          {job.error_message}
        </p>
      ) : null}
      {connectionError ? (
        <p role="status" className="text-sm text-amber-700 dark:text-amber-400">
          {connectionError}
        </p>
      ) : null}

      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        <Figure label="Pages" value={job.page_count?.toLocaleString() ?? "—"} testId="job-pages" />
        <Figure label="Size" value={formatBytes(job.size_bytes)} />
        <Figure label="Render time" value={formatDuration(jobDurationMs(job))} />
        <Figure label="Created" value={<LocalTime iso={job.created_at} />} />
      </dl>

      {job.status === "completed" && job.page_count ? (
        <div className="border-t border-stone-200 pt-4 dark:border-stone-800">
          <h2 className="mb-2 text-sm font-semibold">Pages</h2>
          <JobPageBrowser jobId={job.id} pageCount={job.page_count} projectId={job.project_id} />
        </div>
      ) : null}

      <JobDetails job={job} />
    </section>
  );
}

function Figure({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-stone-500 dark:text-stone-400">{label}</dt>
      <dd className="font-medium" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
