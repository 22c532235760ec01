// Retention on Inngest: the same sweep as the local supervisor's timer (lib/jobs/retention.ts),
// triggered by cron every JOB_CLEANUP_INTERVAL_HOURS. Expired rows go with their stored objects
// (S3 or local), plus orphaned objects and, here, outbox events sent long ago.
import { deleteSentOutboxEvents } from "@/lib/db/outbox";
import { env } from "@/lib/env";
import { sweepRetention } from "@/lib/jobs/retention";
import { inngest } from "@/lib/jobs/queue/inngest-client";

/** A cron expression for "every `hours` hours" (fractions below an hour become minutes). */
export function cleanupCron(hours: number): string {
  const minutes = Math.max(1, Math.round(hours * 60));
  if (minutes < 60) return `*/${minutes} * * * *`;
  const wholeHours = Math.round(minutes / 60);
  if (wholeHours < 24) return `0 */${wholeHours} * * *`;
  return `0 0 */${Math.min(31, Math.round(wholeHours / 24))} * *`;
}

export const cleanupJobs = inngest.createFunction(
  {
    id: "cleanup-jobs",
    name: "Delete expired PDF jobs and their files",
    triggers: [{ cron: cleanupCron(env.JOB_CLEANUP_INTERVAL_HOURS) }],
    // One sweep at a time; a slow sweep must not overlap the next tick.
    concurrency: { limit: 1 },
    retries: 2,
  },
  async ({ step }) => {
    const swept = await step.run("sweep-retention", () => sweepRetention());
    const outbox = await step.run("prune-outbox", () => deleteSentOutboxEvents(new Date(Date.now() - env.JOB_RETENTION_HOURS * 3600_000)));
    return { ...swept, outboxEvents: outbox };
  },
);
