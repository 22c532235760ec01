// Every event Inkset sends or receives through Inngest, typed and validated in one place. Events
// carry ids only (the free plan caps an event at 256 KiB, and the job row is the truth); the render
// reads its input from the database inside a step.
import { eventType } from "inngest";
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9]{1,64}$/i, "must be an id");

// Outbox events carry strings only (lib/db/outbox.ts): a page count as its digits.
const pagesField = z
  .string()
  .regex(/^[1-9]\d{0,6}$/, "must be a page count")
  .optional();

/**
 * A job row was committed and is waiting to render. `ownerId` keys the per-user concurrency limit
 * and `plan` the priority; both are copied from the row's transaction, never from the client.
 * `pages`, the page count checked at creation, lets a large job draw its chunks as parallel steps.
 */
export const jobRequested = eventType("pdf/job.requested", {
  schema: z.object({ jobId: id, ownerId: id, plan: z.enum(["free", "pro"]), pages: pagesField }),
});

/** The user cancelled the job (the row already says so); stops the run between steps. */
export const jobCancelled = eventType("pdf/job.cancelled", {
  schema: z.object({ jobId: id }),
});

export type JobRequestedData = z.infer<typeof jobRequested.schema>;

// Event ids deduplicate sends for 24 h: a relay that sends twice still starts one run.
export const jobRequestedEventId = (jobId: string) => `pdf-job-requested-${jobId}`;
export const jobCancelledEventId = (jobId: string) => `pdf-job-cancelled-${jobId}`;
