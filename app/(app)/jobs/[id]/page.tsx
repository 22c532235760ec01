import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobStatus } from "@/components/jobs/job-status";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { queuePositions } from "@/lib/db/job-changes";
import { getJobForOwner } from "@/lib/db/jobs";
import { isRecordId } from "@/lib/api-input";
import { serializeJob } from "@/lib/jobs/serialize";
import { productName } from "@/lib/templates/profiles/product-names";
import { cancelJobAction, deleteJobAction, retryJobAction } from "../actions";
import { createShareLinkAction, listShareLinksAction, requestJobMailAction, revokeShareLinkAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ download?: string }> };

async function load(id: string) {
  const user = await requireUser();
  return isRecordId(id) ? getJobForOwner(user.id, id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const job = await load((await params).id);
  return { title: job ? job.title : "Not found" };
}

// The row as it is now (server-rendered), then JobStatus follows it live in the browser.
export default async function JobPage({ params, searchParams }: Props) {
  const job = await load((await params).id);
  if (!job) notFound();
  const { download } = await searchParams;
  const position = (await queuePositions([job])).get(job.id) ?? null;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/jobs" className="text-brand hover:underline">
          Jobs
        </Link>
      </nav>
      <PageHeader title={job.title} />
      <p className="-mt-4 mb-6 text-sm text-stone-600 dark:text-stone-400" data-testid="job-source">
        {job.projectId && job.project ? (
          <>
            From{" "}
            <Link href={`/projects/${job.projectId}`} className="font-medium text-brand hover:underline">
              {job.project.name}
            </Link>
            {job.projectVersion ? `, version ${job.projectVersion.number}` : ""}
          </>
        ) : (
          "Rendered from pasted YAML"
        )}
        {job.profile ? ` · ${productName(job.profile)}` : ""}
      </p>
      <Card>
        <JobStatus
          initial={serializeJob(job)}
          autoDownload={download === "1"}
          initialQueuePosition={position}
          jobActions={{ cancel: cancelJobAction, retry: retryJobAction, remove: deleteJobAction }}
          shareActions={{ list: listShareLinksAction, create: createShareLinkAction, revoke: revokeShareLinkAction }}
          requestEmail={requestJobMailAction}
        />
      </Card>
    </>
  );
}
