// Relays outbox events (lib/db/outbox.ts) to the queue. Delivery is at-least-once: a relay that
// crashes after sending but before marking sends again later, and the queue drops the repeat by
// event id (Inngest: 24 h). Relays run right after a commit, on a timer in long-running processes,
// and from a cron function on serverless hosts; any of them may pick up what another left.
import { listUnsentOutboxEvents, markOutboxEventsSent, recordOutboxFailure, type OutboxMessage } from "@/lib/db/outbox";
import { logger } from "@/lib/log";

/** Sends a batch; throws when the queue did not accept it (the events stay unsent). */
export type SendEvents = (messages: OutboxMessage[]) => Promise<void>;

export type RelayResult = { sent: number; failed: number };

const log = logger.child({ module: "outbox" });

// Inngest accepts large batches, but a small one keeps a failing send cheap to retry.
const BATCH = 100;

/**
 * Sends unsent events oldest first, in batches, until none are left (or `rowIds` are done).
 * Never throws for a failed send: the event stays for the next relay with its error recorded.
 */
export async function relayOutbox(send: SendEvents, opts: { rowIds?: string[]; maxBatches?: number } = {}): Promise<RelayResult> {
  const result: RelayResult = { sent: 0, failed: 0 };
  const maxBatches = opts.maxBatches ?? 10;
  for (let i = 0; i < maxBatches; i++) {
    const pending = await listUnsentOutboxEvents({ limit: BATCH, rowIds: opts.rowIds });
    if (pending.length === 0) break;
    const ids = pending.map((p) => p.rowId);
    try {
      await send(pending.map((p) => p.message));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await recordOutboxFailure(ids, message);
      log.warn({ count: ids.length, err: message }, "outbox send failed; will retry");
      result.failed += ids.length;
      break; // the queue is unavailable; the next relay tries again
    }
    await markOutboxEventsSent(ids);
    result.sent += ids.length;
    if (opts.rowIds || pending.length < BATCH) break;
  }
  return result;
}

/**
 * Right after the transaction that wrote `rowIds` committed. Best effort: a failure (even of the
 * database) is logged, and the timer or cron relay delivers the event later.
 */
export async function relayAfterCommit(send: SendEvents, rowIds: string[]): Promise<RelayResult> {
  try {
    return await relayOutbox(send, { rowIds });
  } catch (err) {
    log.warn({ err }, "outbox relay after commit failed; the periodic relay will send it");
    return { sent: 0, failed: rowIds.length };
  }
}

/** For long-running processes (next start, the worker): relays leftovers every `intervalMs`. */
export function startOutboxRelay(send: SendEvents, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // never overlap: a slow queue must not pile up relays
    running = true;
    relayOutbox(send)
      .catch((err: unknown) => log.warn({ err }, "periodic outbox relay failed"))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
