// The chunk threads of a render child: worker threads (chunk-thread.ts) that draw chunks of a large
// document next to the render's own thread, so one big job uses more than one core. Threads, not
// processes: the child's isolation stays as it is (one owner's jobs, its own memory cap), and each
// thread has a heap limit of its own. Started when first needed (a large document, or the spare's
// warm-up on an idle machine), not with the child: a child that only ever draws small documents pays
// nothing. Kept (warm) for the child's later jobs; a thread that fails fails the render (the job's
// retry renders again) and is replaced.
import { Worker } from "node:worker_threads";
import type { DrawnChunk } from "./draw-chunk";
import type { ChunkTask, ThreadMessage, ThreadReply } from "./protocol";

export type ChunkThreadsOptions = {
  /** The bundled thread (dist/render-chunks.mjs). */
  entry: string;
  count: number;
  /** Each thread's old-generation heap limit. */
  memoryMb: number;
  /** §7.8 font_dirs, registered in each thread as in the child, so every thread draws the same faces. */
  fontDirs: readonly string[];
};

export class ChunkThreads {
  private workers: (Worker | null)[];

  constructor(private readonly options: ChunkThreadsOptions) {
    this.workers = Array.from({ length: options.count }, () => null);
  }

  get size(): number {
    return this.workers.length;
  }

  private start(): Worker {
    const worker = new Worker(this.options.entry, {
      workerData: { fontDirs: this.options.fontDirs },
      // A small young generation: 64 MB semi-spaces cost ~60 MB of peak RSS on a 1,000-page render.
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 16 },
    });
    worker.unref();
    return worker;
  }

  /** Draws claimed chunks of `task` on up to `threads` threads until none is left; each result to `onChunk`. */
  draw(task: ChunkTask, threads: number, onChunk: (index: number, chunk: DrawnChunk) => void): Promise<void> {
    const used = this.workers.slice(0, threads).map((w, i) => w ?? (this.workers[i] = this.start()));
    return Promise.all(used.map((worker, i) => this.run(worker, i, task, onChunk))).then(() => undefined);
  }

  private run(worker: Worker, slot: number, task: ChunkTask, onChunk: (index: number, chunk: DrawnChunk) => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const fail = (err: Error) => {
        cleanup();
        // Never reused after a failure: replaced on the next draw.
        this.workers[slot] = null;
        void worker.terminate();
        reject(err);
      };
      const onMessage = (reply: ThreadReply) => {
        if (reply.type === "chunk") return onChunk(reply.index, reply.chunk);
        if (reply.type === "error") return fail(new Error(`chunk thread: ${reply.message}`));
        cleanup();
        resolve();
      };
      const onError = (err: Error & { code?: string }) =>
        fail(err.code === "ERR_WORKER_OUT_OF_MEMORY" ? new Error(`chunk thread needed more than ${this.options.memoryMb} MB`) : err);
      const onExit = (code: number) => fail(new Error(`chunk thread exited (${code})`));
      const cleanup = () => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        worker.unref();
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      // Held while drawing, so a process with nothing else to do waits for it; idle, it keeps none alive.
      worker.ref();
      worker.postMessage({ type: "draw", task } satisfies ThreadMessage);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.filter((w): w is Worker => w !== null);
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
