// The job queue for this process, chosen once by PDF_RUNNER (the only module that reads it).
import { env } from "@/lib/env";
import { inngestQueue } from "@/lib/jobs/queue/inngest";
import { localQueue } from "@/lib/jobs/queue/local";
import type { JobQueue } from "@/lib/jobs/queue/types";

export type { AlsoWrite, JobQueue } from "@/lib/jobs/queue/types";

let queue: JobQueue | undefined;

export function getJobQueue(): JobQueue {
  queue ??= env.PDF_RUNNER === "inngest" ? inngestQueue() : localQueue(env.PDF_RUNNER);
  return queue;
}
