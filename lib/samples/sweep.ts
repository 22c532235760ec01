// Bounds the sample pictures' cache (`samples/`, lib/samples/pictures.ts). A stored picture never goes
// stale, but its key does: the gallery's examples are dated by the clock and the builder's themes start
// at the current month, so each month leaves a new set of keys and the old ones are never asked for
// again. The retention sweep removes pictures older than a month, then the oldest first while the
// rest is above a size budget (many devices × widths). A removed picture that is still wanted is
// drawn again on its next view, so the cost of a wrong guess is one render.
import { getStorage, type StoredObject } from "@/lib/storage";
import { SAMPLE_PICTURE_PREFIX } from "./pictures";

export const SAMPLE_PICTURE_MAX_AGE_DAYS = 30;
export const SAMPLE_PICTURE_MAX_MB = 256;

export type SampleSweepLimits = { maxAgeDays: number; maxMb: number };

/** Deletes pictures older than `maxAgeDays`, then the oldest while the rest exceeds `maxMb`; returns how many. */
export async function sweepSamplePictures(
  now = new Date(),
  limits: SampleSweepLimits = { maxAgeDays: SAMPLE_PICTURE_MAX_AGE_DAYS, maxMb: SAMPLE_PICTURE_MAX_MB },
): Promise<number> {
  const storage = getStorage();
  const oldest = now.getTime() - limits.maxAgeDays * 86_400_000;
  const kept: StoredObject[] = [];
  let removed = 0;
  for await (const object of storage.list(SAMPLE_PICTURE_PREFIX)) {
    if (object.lastModified.getTime() < oldest) {
      await storage.delete(object.key);
      removed++;
    } else kept.push(object);
  }
  let bytes = kept.reduce((sum, o) => sum + o.size, 0);
  const budget = limits.maxMb * 1024 * 1024;
  if (bytes <= budget) return removed;
  // Newest last: the pictures drawn most recently are the likeliest to be asked for again.
  kept.sort((a, b) => a.lastModified.getTime() - b.lastModified.getTime() || a.key.localeCompare(b.key));
  for (const object of kept) {
    if (bytes <= budget) break;
    await storage.delete(object.key);
    bytes -= object.size;
    removed++;
  }
  return removed;
}
