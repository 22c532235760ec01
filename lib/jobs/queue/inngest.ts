// Inngest mode: the job row and its `pdf/job.requested` event are written in one transaction
// (outbox), then relayed. No row without an event, no event without a row.
import { createJob, type JobView, type NewJob } from "@/lib/db/jobs";
import { addOutboxMessage, getOwnerPlan, writeWithOutbox, type OutboxMessage } from "@/lib/db/outbox";
import { env } from "@/lib/env";
import { inngest } from "@/lib/jobs/queue/inngest-client";
import { jobCancelled, jobCancelledEventId, jobRequested, jobRequestedEventId } from "@/lib/jobs/queue/inngest-events";
import { relayAfterCommit, startOutboxRelay, type SendEvents } from "@/lib/jobs/queue/relay";
import { jobSignals } from "@/lib/jobs/queue/signals";
import type { AlsoWrite, JobQueue } from "@/lib/jobs/queue/types";
import { startWebhookDispatcher } from "@/lib/webhooks/dispatch";
import { startMailDispatcher } from "@/lib/mail/dispatch";

/** The production sender. Tests pass their own to relay without a network. */
export const sendToInngest: SendEvents = async (messages) => {
  await inngest.send(messages);
};

export function inngestQueue(send: SendEvents = sendToInngest): JobQueue {
  return {
    mode: "inngest",
    insert: (job, alsoWrite) => createJobWithRequestedEvent(job, send, alsoWrite),
    async cancelled(jobId) {
      jobSignals.emit("cancelled", jobId); // a supervisor a test started in this process
      await sendJobCancelledEvent(jobId, send);
    },
    startBackground: startOutboxRelayOnce,
  };
}

/** `alsoWrite` runs in the same transaction (e.g. the request's idempotency key). */
export async function createJobWithRequestedEvent(
  input: NewJob,
  send: SendEvents = sendToInngest,
  alsoWrite?: AlsoWrite,
): Promise<JobView> {
  const { result: job, outboxIds } = await writeWithOutbox(
    async (tx) => {
      const created = await createJob(input, tx);
      await alsoWrite?.(tx, created);
      return created;
    },
    async (created, tx): Promise<OutboxMessage[]> => [
      {
        id: jobRequestedEventId(created.id),
        name: jobRequested.name,
        data: {
          jobId: created.id,
          ownerId: input.ownerId,
          plan: await getOwnerPlan(tx, input.ownerId),
          ...(input.expectedPages ? { pages: String(input.expectedPages) } : {}),
        },
      },
    ],
  );
  await relayAfterCommit(send, outboxIds);
  return job;
}

/**
 * After the row says "cancelled": stops a queued run, or a running one between steps. Not in the
 * cancel's transaction on purpose: the row is the guard (claim refuses it, the render step's watch
 * kills the child), so a lost event costs only a no-op run.
 */
async function sendJobCancelledEvent(jobId: string, send: SendEvents): Promise<void> {
  const rowId = await addOutboxMessage({ id: jobCancelledEventId(jobId), name: jobCancelled.name, data: { jobId } });
  await relayAfterCommit(send, [rowId]);
}

/**
 * Long-running web processes (next start, self-hosted) also relay leftovers on a timer, so an
 * event is not left waiting for the 5-minute cron. Once per process.
 */
function startOutboxRelayOnce(): void {
  const flag = globalThis as unknown as { inksetOutboxRelay?: () => void };
  if (flag.inksetOutboxRelay) return;
  const stopEvents = startOutboxRelay(sendToInngest, env.OUTBOX_RELAY_INTERVAL_SECONDS * 1000);
  // Webhook retries and API cancels get sent within seconds here, not at the next relay cron.
  const stopWebhooks = startWebhookDispatcher(5000);
  const stopMail = startMailDispatcher(5000);
  flag.inksetOutboxRelay = () => {
    stopEvents();
    stopWebhooks();
    stopMail();
  };
}
