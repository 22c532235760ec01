// Synchronous renders (POST /api/pdf/generate, the editor preview) hold a slot per user while they
// run: one user's slow render can only make that same user wait (429), never anyone else (issue 16).
// The machine-wide limit on render processes is the child budget in child-process.ts.
import { AppError } from "@/lib/errors";

export type SlotKind = "generate" | "preview";

const held = globalThis as unknown as { inksetUserSlots?: Map<string, number> };
const slots = () => (held.inksetUserSlots ??= new Map());

const MESSAGES: Record<SlotKind, (limit: number) => string> = {
  generate: (n) =>
    `You already have ${n === 1 ? "a synchronous render" : `${n} synchronous renders`} running; wait for it to finish, or queue a job with POST /api/pdf/jobs`,
  preview: () => "A preview of yours is still being drawn; it will refresh when that one is done",
};

/** Slots of this kind the user holds now (tests and diagnostics). */
export function slotsHeld(kind: SlotKind, userId: string): number {
  return slots().get(`${kind}:${userId}`) ?? 0;
}

/** Runs `fn` in one of the user's `limit` slots of this kind; 429 QUOTA_EXCEEDED when all are taken. */
export async function withUserSlot<T>(kind: SlotKind, userId: string, limit: number, fn: () => Promise<T>): Promise<T> {
  const key = `${kind}:${userId}`;
  const inUse = slots().get(key) ?? 0;
  if (inUse >= limit) throw new AppError("QUOTA_EXCEEDED", MESSAGES[kind](limit));
  slots().set(key, inUse + 1);
  try {
    return await fn();
  } finally {
    const left = (slots().get(key) ?? 1) - 1;
    if (left > 0) slots().set(key, left);
    else slots().delete(key);
  }
}
