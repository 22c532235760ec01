// Which due deliveries to start now. Deliveries come oldest first; taking them in that order lets
// one owner with many deliveries to a slow endpoint fill every slot (head-of-line blocking across
// users). Instead owners take turns, one delivery each per round, and nobody holds more than
// `perOwner` attempts in flight, so one receiver that hangs can only ever delay its own owner.
export type FairPickLimits = {
  /** Attempts already running in this process, by owner. */
  running: ReadonlyMap<string, number>;
  perOwner: number;
  /** Free slots in this process. */
  slots: number;
};

export function fairPick<T extends { ownerId: string }>(due: readonly T[], limits: FairPickLimits): T[] {
  const queues = new Map<string, T[]>();
  for (const d of due) {
    const q = queues.get(d.ownerId);
    if (q) q.push(d);
    else queues.set(d.ownerId, [d]);
  }
  const taken = new Map<string, number>();
  const picked: T[] = [];
  for (let progress = true; progress && picked.length < limits.slots;) {
    progress = false;
    // Owners in order of their oldest due delivery, so the longest waiting goes first each round.
    for (const [owner, queue] of queues) {
      if (picked.length >= limits.slots) break;
      const inUse = (limits.running.get(owner) ?? 0) + (taken.get(owner) ?? 0);
      const next = queue[0];
      if (!next || inUse >= limits.perOwner) continue;
      picked.push(next);
      queue.shift();
      taken.set(owner, (taken.get(owner) ?? 0) + 1);
      progress = true;
    }
  }
  return picked;
}
