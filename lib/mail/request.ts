// "E-mail me when done" on a job that is already running (the job page): the same outbox row a
// job created with notify_email gets, added later.
import { getDownloadInfoForOwner } from "@/lib/db/jobs";
import { createMailForJob } from "@/lib/db/mail";
import { AppError, notFound } from "@/lib/errors";
import { isTerminal } from "@/lib/job-status";

export async function requestJobMail(ownerId: string, jobId: string): Promise<void> {
  const job = await getDownloadInfoForOwner(ownerId, jobId);
  if (!job) throw notFound("Job");
  if (isTerminal(job.status)) throw new AppError("CONFLICT", `Job is already ${job.status}; nothing left to e-mail about`);
  // A job that finishes right now still gets its mail: the dispatcher picks up waiting rows of finished jobs.
  await createMailForJob(ownerId, jobId);
}
