import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobStatus } from "@/components/jobs/job-status";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getJobForOwner } from "@/lib/db/jobs";
import { isRecordId } from "@/lib/api-input";
import { serializeJob } from "@/lib/jobs/serialize";
import { cancelJobAction, deleteJobAction, retryJobAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ download?: string }> };

export const metadata: Metadata = { title: "PDF job" };

// The row as it is now (server-rendered), then JobStatus follows it live in the browser.
export default async function JobPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const job = isRecordId(id) ? await getJobForOwner(user.id, id) : null;
  if (!job) notFound();
  const { download } = await searchParams;
  return (
    <>
      <PageHeader
        title="PDF job"
        description={job.projectId ? undefined : "Rendered from pasted YAML"}
        actions={
          <Link href="/jobs" className="text-sm text-brand hover:underline">
            All jobs
          </Link>
        }
      />
      <Card>
        <JobStatus initial={serializeJob(job)} autoDownload={download === "1"} jobActions={{ cancel: cancelJobAction, retry: retryJobAction, remove: deleteJobAction }} />
      </Card>
    </>
  );
}
