import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { JobList } from "@/components/jobs/job-list";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { requireUser } from "@/lib/auth/current-user";
import { queuePositions } from "@/lib/db/job-changes";
import { countJobsByStatus, listJobsForOwner } from "@/lib/db/jobs";
import { getProjectForOwner } from "@/lib/db/projects";
import { isRecordId } from "@/lib/api-input";
import { env } from "@/lib/env";
import { serializeJob } from "@/lib/jobs/serialize";
import { JOB_STATUSES, type JobStatus } from "@/lib/job-status";
import { STATUS_LABEL } from "@/components/jobs/format";
import { cancelJobAction, cancelJobs, deleteJobAction, deleteJobs, retryJobAction } from "../actions";

export const metadata: Metadata = { title: "Jobs" };

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<{ status?: string; page?: string; project?: string }> };

export default async function JobsPage({ searchParams }: Props) {
  const user = await requireUser();
  const sp = await searchParams;
  const status = JOB_STATUSES.find((s) => s === sp.status);
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  // ?project=<id>: one project's renders (the project page links here).
  const project = sp.project && isRecordId(sp.project) ? await getProjectForOwner(user.id, sp.project) : null;
  const projectId = project?.id;
  const [{ jobs, total }, counts] = await Promise.all([
    listJobsForOwner(user.id, { status, projectId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countJobsByStatus(user.id, projectId),
  ]);
  const positions = await queuePositions(jobs);
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (s: JobStatus | undefined, p = 1) => {
    const q = new URLSearchParams();
    if (s) q.set("status", s);
    if (p > 1) q.set("page", String(p));
    if (projectId) q.set("project", projectId);
    const qs = q.toString();
    return qs ? `/jobs?${qs}` : "/jobs";
  };

  return (
    <>
      <PageHeader
        title={project ? `Renders of ${project.name}` : "Jobs"}
        description={`Your PDF renders. Finished PDFs are kept for ${env.JOB_RETENTION_HOURS} hours.`}
        actions={
          <Link href="/render" className={buttonClass("primary")}>
            Render YAML
          </Link>
        }
      />
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-1 border-b border-stone-200 dark:border-stone-800">
        {[undefined, ...JOB_STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={href(s)}
            aria-current={s === status ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm",
              s === status
                ? "border-brand font-medium text-stone-900 dark:text-stone-100"
                : "border-transparent text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100",
            )}
          >
            {s ? STATUS_LABEL[s] : "All"} <span className="text-stone-600 dark:text-stone-400">{s ? counts[s] : all}</span>
          </Link>
        ))}
      </nav>
      {jobs.length === 0 ? (
        <EmptyState title={status ? `No ${STATUS_LABEL[status].toLowerCase()} jobs` : "No jobs yet"}>
          Render a project, or{" "}
          <Link href="/render" className="text-brand hover:underline">
            paste a template
          </Link>
          .
        </EmptyState>
      ) : (
        <JobList
          jobs={jobs.map((j) => ({ ...serializeJob(j), queue_position: positions.get(j.id) ?? null }))}
          jobActions={{ cancel: cancelJobAction, retry: retryJobAction, remove: deleteJobAction }}
          bulkActions={{ cancel: cancelJobs, remove: deleteJobs }}
        />
      )}
      <Pagination page={page} pages={pages} total={total} noun="jobs" href={(p) => href(status, p)} />
    </>
  );
}
