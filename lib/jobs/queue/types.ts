// The job queue port: how a job row reaches whatever renders it. Implementations: local.ts (the row
// is the queue; a supervisor claims it) and inngest.ts (the row plus its event, relayed to Inngest).
// index.ts picks one from PDF_RUNNER; nothing else looks at the mode.
import type { JobTx, JobView, NewJob } from "@/lib/db/jobs";

/** Writes that must commit with the job row (e.g. its idempotency key). */
export type AlsoWrite = (tx: JobTx, job: JobView) => Promise<void>;

export interface JobQueue {
  /** PDF_RUNNER: `local` renders in this process, `off` leaves it to `npm run worker`, `inngest` to Inngest. */
  readonly mode: "local" | "off" | "inngest";
  /** Inserts the pending row (and, for Inngest, its event) in one transaction, then tells the runner. */
  insert(job: NewJob, alsoWrite?: AlsoWrite): Promise<JobView>;
  /** After the row says "cancelled": stop the render now where this mode can. Never throws for a lost signal. */
  cancelled(jobId: string): Promise<void>;
  /** Background work of a long-running web process (the local supervisor, or Inngest's outbox relay). Once per process. */
  startBackground(): void;
}
