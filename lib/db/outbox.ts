// Transactional outbox: an event to send to the queue (Inngest) is written in the same database
// transaction as the row it is about, then relayed after commit. A crash between commit and send
// leaves the event here for the next relay, so there is never a row without its event; a rolled-back
// transaction takes the event with it, so there is never an event without its row.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Exactly what is handed to the queue. `id` makes a repeated send a no-op there (dedup by id). */
export type OutboxMessage = { id: string; name: string; data: Record<string, string> };

export type PendingOutboxEvent = { rowId: string; attempts: number; message: OutboxMessage };

function isMessage(value: unknown): value is OutboxMessage {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const data = v.data;
  return (
    typeof v.id === "string" &&
    typeof v.name === "string" &&
    typeof data === "object" &&
    data !== null &&
    Object.values(data).every((x) => typeof x === "string")
  );
}

/** Runs `write` and stores the messages it derives from its result, atomically. */
export async function writeWithOutbox<T>(
  write: (tx: Tx) => Promise<T>,
  messages: (result: T, tx: Tx) => Promise<OutboxMessage[]> | OutboxMessage[],
): Promise<{ result: T; outboxIds: string[] }> {
  return db.$transaction(async (tx) => {
    const result = await write(tx);
    const outboxIds: string[] = [];
    for (const message of await messages(result, tx)) {
      const row = await tx.outboxEvent.create({ data: { name: message.name, payload: message }, select: { id: true } });
      outboxIds.push(row.id);
    }
    return { result, outboxIds };
  });
}

/** An event that is not tied to a row written in the same transaction (e.g. a cancel notice). */
export async function addOutboxMessage(message: OutboxMessage): Promise<string> {
  const row = await db.outboxEvent.create({ data: { name: message.name, payload: message }, select: { id: true } });
  return row.id;
}

/** The plan decides queue priority; read inside the job's transaction so it matches the row. */
export async function getOwnerPlan(tx: Tx, ownerId: string): Promise<"free" | "pro"> {
  const user = await tx.user.findUnique({ where: { id: ownerId }, select: { plan: true } });
  return user?.plan ?? "free";
}

/** Unsent events, oldest first; `rowIds` narrows to the ones a request just wrote. */
export async function listUnsentOutboxEvents(opts: { limit: number; rowIds?: string[] }): Promise<PendingOutboxEvent[]> {
  const rows = await db.outboxEvent.findMany({
    where: { sentAt: null, ...(opts.rowIds ? { id: { in: opts.rowIds } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: opts.limit,
    select: { id: true, attempts: true, payload: true },
  });
  const out: PendingOutboxEvent[] = [];
  for (const row of rows) {
    if (isMessage(row.payload)) out.push({ rowId: row.id, attempts: row.attempts, message: row.payload });
  }
  return out;
}

export async function markOutboxEventsSent(rowIds: string[]): Promise<void> {
  if (rowIds.length === 0) return;
  await db.outboxEvent.updateMany({
    where: { id: { in: rowIds }, sentAt: null },
    data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
  });
}

export async function recordOutboxFailure(rowIds: string[], error: string): Promise<void> {
  if (rowIds.length === 0) return;
  await db.outboxEvent.updateMany({
    where: { id: { in: rowIds }, sentAt: null },
    data: { attempts: { increment: 1 }, lastError: error.slice(0, 500) },
  });
}

/** Sent events are history only; the retention sweep removes them. */
export async function deleteSentOutboxEvents(sentBefore: Date): Promise<number> {
  const res = await db.outboxEvent.deleteMany({ where: { sentAt: { lt: sentBefore } } });
  return res.count;
}

export function getOutboxEvent(rowId: string) {
  return db.outboxEvent.findUnique({
    where: { id: rowId },
    select: { id: true, name: true, payload: true, sentAt: true, attempts: true, lastError: true },
  });
}
