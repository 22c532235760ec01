// How many render processes this node runs at once, and how much memory they may reserve together
// (each reserves its heap cap). Jobs, synchronous renders and previews all draw from it, so
// however requests arrive the node never runs more children than it has room for; a render that
// finds no room waits its turn (first come, first served), or gives up after `waitMs`.
import { AppError } from "@/lib/errors";

export type ChildBudget = { maxChildren: number; memoryMb: number };
type Waiter = { memoryMb: number; grant: () => void };

export class ChildBudgetQueue {
  private running = 0;
  private reservedMb = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly budget: () => ChildBudget) {}

  stats() {
    return { running: this.running, reservedMb: this.reservedMb, waiting: this.waiting.length };
  }

  /** Resolves with a release function once a child of `memoryMb` fits. */
  acquire(memoryMb: number, opts: { signal?: AbortSignal; waitMs?: number; onAbort?: () => Error } = {}): Promise<() => void> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        memoryMb,
        grant: () => {
          clearTimeout(timer);
          opts.signal?.removeEventListener("abort", abort);
          this.running++;
          this.reservedMb += memoryMb;
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            this.running--;
            this.reservedMb -= memoryMb;
            this.pump();
          });
        },
      };
      const leave = (err: Error) => {
        const i = this.waiting.indexOf(waiter);
        if (i < 0) return;
        this.waiting.splice(i, 1);
        clearTimeout(timer);
        reject(err);
        this.pump();
      };
      const abort = () => leave(opts.onAbort?.() ?? new Error("aborted"));
      opts.signal?.addEventListener("abort", abort, { once: true });
      if (opts.waitMs !== undefined) {
        timer = setTimeout(
          () => leave(new AppError("UNAVAILABLE", "The server is busy rendering other documents; try again in a moment", undefined, true)),
          opts.waitMs,
        );
      }
      this.waiting.push(waiter);
      this.pump();
    });
  }

  private fits(memoryMb: number): boolean {
    const { maxChildren, memoryMb: total } = this.budget();
    // A child larger than the whole budget may still run alone, or nothing could ever render it.
    return this.running < maxChildren && (this.running === 0 || this.reservedMb + memoryMb <= total);
  }

  private pump() {
    // Strict order: a large render at the head is not overtaken forever by small ones.
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.memoryMb)) this.waiting.shift()!.grant();
  }
}
