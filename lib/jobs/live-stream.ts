// The live job stream (Server-Sent Events) of one user: every change of one of their job rows is
// sent as an `event: job` with the job's JSON. The database is the source of truth: the stream
// looks for rows changed since its cursor every STREAM_CHECK_MS (and at once when this process
// queues or cancels a job), so it also sees changes made by workers in other processes.
import { getChangedJob, listJobChangesSince, queuePositions } from "@/lib/db/job-changes";
import { jobSignals } from "@/lib/jobs/queue/signals";
import { serializeJob, type JobJson } from "@/lib/jobs/serialize";

const STREAM_CHECK_MS = 500;
const HEARTBEAT_MS = 15_000;
/** Connections end after this long; the browser reconnects by itself (bounds stuck connections). */
const MAX_STREAM_MS = 5 * 60_000;
/** A row written this long before the stream opened may not have been in the page the browser got. */
const START_SKEW_MS = 2_000;

export type LiveJob = JobJson & { queue_position: number | null };

const encoder = new TextEncoder();

export function jobEventStream(ownerId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  let cursor = new Date(Date.now() - START_SKEW_MS);
  // Rows seen at exactly `cursor` (the query is `>= cursor`, so ties are not missed nor repeated).
  let seenAtCursor = new Set<string>();
  let wake: (() => void) | null = null;
  const poke = () => wake?.();

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const started = Date.now();
      let lastWrite = Date.now();
      jobSignals.on("queued", poke);
      jobSignals.on("cancelled", poke);
      signal.addEventListener("abort", poke);
      send(`retry: 2000\n: connected\n\n`);
      try {
        while (!signal.aborted && Date.now() - started < MAX_STREAM_MS) {
          const changes = (await listJobChangesSince(ownerId, cursor)).filter((c) => !seenAtCursor.has(`${c.id}@${c.updatedAt.getTime()}`));
          const jobs = (await Promise.all(changes.map((c) => getChangedJob(ownerId, c.id)))).filter((j) => j !== null);
          const positions = await queuePositions(jobs);
          for (const job of jobs) {
            const live: LiveJob = { ...serializeJob(job), queue_position: positions.get(job.id) ?? null };
            send(`event: job\nid: ${job.id}\ndata: ${JSON.stringify(live)}\n\n`);
            lastWrite = Date.now();
          }
          const last = changes.at(-1);
          if (last) {
            if (last.updatedAt.getTime() !== cursor.getTime()) seenAtCursor = new Set();
            cursor = last.updatedAt;
            for (const c of changes) if (c.updatedAt.getTime() === cursor.getTime()) seenAtCursor.add(`${c.id}@${c.updatedAt.getTime()}`);
          }
          if (Date.now() - lastWrite >= HEARTBEAT_MS) {
            send(`: heartbeat\n\n`);
            lastWrite = Date.now();
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, STREAM_CHECK_MS);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
        }
      } catch {
        // A database hiccup ends this connection; the browser reconnects (or polls meanwhile).
      } finally {
        jobSignals.off("queued", poke);
        jobSignals.off("cancelled", poke);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      }
    },
  });
}
