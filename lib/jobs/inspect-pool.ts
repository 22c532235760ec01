// Template inspection (parse, validate, compile, cost) off the web server's event loop, in a small
// pool of worker threads with their own time and memory limits, so a 7 MB template or ten year
// planners at once cannot stall health checks, pages or other users' API calls (issue 16).
// Order of work: a cheap size pre-check, then admission (the user's inspections in flight, the
// pool's queue), and only then the expensive part, in a worker.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { inspectCache, type CheckedDocument } from "@/lib/jobs/inspect-cache";
import type { InspectReply, InspectRequest } from "@/lib/jobs/inspect-protocol";
import { logger } from "@/lib/log";
import type { InspectOptions, InspectResult } from "@/lib/templates/inspect";

const log = logger.child({ module: "inspect-pool" });

// turbopackIgnore: the bundle is built by scripts/build-workers.mjs, not by Next.
const WORKER_ENTRY = () => path.join(/* turbopackIgnore: true */ process.cwd(), "dist", "inspect-worker.mjs");

export type PoolLimits = {
  workers: number;
  /** Heap of each worker thread (old generation), MB. */
  memoryMb: number;
  timeoutMs: number;
  /** Inspections waiting for a worker, over all users; more are refused with 503. */
  maxQueued: number;
  /** Inspections one user may have queued or running at once; more are refused with 429. */
  perUser: number;
};

export function poolLimitsFromEnv(): PoolLimits {
  return {
    workers: env.INSPECT_WORKERS,
    memoryMb: env.INSPECT_MEMORY_MB,
    timeoutMs: env.INSPECT_TIMEOUT_SECONDS * 1000,
    maxQueued: env.INSPECT_QUEUE_MAX,
    perUser: env.INSPECT_PER_USER,
  };
}

type Task = {
  req: InspectRequest;
  owner: string;
  resolve: (r: CheckedDocument) => void;
  reject: (e: Error) => void;
};
type Slot = { worker: Worker; task: Task | null; timer?: NodeJS.Timeout };

export class InspectPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly perOwner = new Map<string, number>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly limits: PoolLimits,
    private readonly entry = WORKER_ENTRY(),
  ) {}

  stats() {
    return { workers: this.slots.length, busy: this.slots.filter((s) => s.task).length, queued: this.queue.length };
  }

  /**
   * Inspects `yaml` in a worker thread for `owner` (with `compile`, a valid document's compiled form
   * comes back too). Admission errors are thrown before any work.
   */
  inspect(owner: string, yaml: string, options: InspectOptions, compile = false): Promise<CheckedDocument> {
    if (this.closed)
      return Promise.reject(new AppError("UNAVAILABLE", "The server is shutting down; try again in a moment", undefined, true));
    const mine = this.perOwner.get(owner) ?? 0;
    if (mine >= this.limits.perUser) {
      return Promise.reject(new AppError("QUOTA_EXCEEDED", `You already have ${mine} templates being checked; wait for them to finish`));
    }
    const idle = this.slots.some((s) => !s.task) || this.slots.length < this.limits.workers;
    if (!idle && this.queue.length >= this.limits.maxQueued) {
      return Promise.reject(
        new AppError("UNAVAILABLE", "The server is busy checking other templates; try again in a moment", undefined, true),
      );
    }
    this.perOwner.set(owner, mine + 1);
    return new Promise<CheckedDocument>((resolve, reject) => {
      const done = () => {
        const left = (this.perOwner.get(owner) ?? 1) - 1;
        if (left > 0) this.perOwner.set(owner, left);
        else this.perOwner.delete(owner);
      };
      this.queue.push({
        req: { id: this.nextId++, yaml, options, compile },
        owner,
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
      });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new AppError("UNAVAILABLE", "The server is shutting down", undefined, true));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private pump() {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.limits.workers) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => this.fail(slot!, this.tooSlow()), this.limits.timeoutMs);
      // Busy, the worker keeps the process alive (a script awaiting its answer); idle, it does not.
      slot.worker.ref();
      slot.worker.postMessage(task.req);
    }
  }

  private tooSlow() {
    return new AppError(
      "TEMPLATE_INVALID",
      `Checking this template took longer than ${this.limits.timeoutMs / 1000} s; make it smaller or split it`,
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, this.limits.memoryMb / 4) },
    });
    const slot: Slot = { worker, task: null };
    worker.on("message", (reply: InspectReply) => {
      const task = slot.task;
      if (!task || task.req.id !== reply.id) return;
      clearTimeout(slot.timer);
      slot.task = null;
      worker.unref();
      if (reply.ok) task.resolve({ result: reply.result, ...(reply.compiled ? { compiled: reply.compiled } : {}) });
      else {
        const ref = Math.random().toString(36).slice(2, 10);
        log.error({ ref, err: reply.message }, "template inspection failed");
        task.reject(new AppError("INTERNAL", `Checking the template failed because of an internal error (ref ${ref})`));
      }
      this.pump();
    });
    worker.on("error", (err: Error & { code?: string }) => {
      const oom = err.code === "ERR_WORKER_OUT_OF_MEMORY";
      if (!oom) log.error({ err }, "inspection worker crashed");
      this.fail(
        slot,
        oom
          ? new AppError(
              "TEMPLATE_INVALID",
              `Checking this template needed more than ${this.limits.memoryMb} MB; make it smaller or split it`,
            )
          : new AppError("INTERNAL", "Checking the template failed; try again"),
      );
    });
    worker.on("exit", () => this.remove(slot));
    // An idle pool must not keep a test or script process alive. After the listeners: adding a
    // "message" listener refs the worker again.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** Ends the slot's task with `err` and replaces its worker (it may be stuck or out of memory). */
  private fail(slot: Slot, err: Error) {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    this.remove(slot);
    void slot.worker.terminate();
    task?.reject(err);
    this.pump();
  }

  private remove(slot: Slot) {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    if (slot.task) {
      const task = slot.task;
      slot.task = null;
      task.reject(new AppError("INTERNAL", "Checking the template failed; try again"));
      this.pump();
    }
  }
}

// One pool per process, shared across Next's module graphs.
const holder = globalThis as unknown as { inksetInspectPool?: InspectPool };

/** The template's size, checked before anything else (no parsing): a plain 413-style refusal. */
export function precheckTemplateText(yaml: string): void {
  const bytes = Buffer.byteLength(yaml, "utf8");
  const limit = env.INSPECT_MAX_TEMPLATE_MB * 1024 * 1024;
  if (bytes > limit) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The template is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${env.INSPECT_MAX_TEMPLATE_MB} MB`,
    );
  }
}

/**
 * The one way the app checks a template: size pre-check, then the answer of an earlier (or running)
 * check of the same document for this owner with the same options (lib/jobs/inspect-cache.ts), else
 * admission and inspection in the shared pool's worker threads; a valid document's compiled form is
 * kept for its render.
 */
export async function inspectOffThread(owner: string, yaml: string, options: InspectOptions): Promise<InspectResult> {
  precheckTemplateText(yaml);
  const key = inspectCache.key(owner, yaml, options);
  return inspectCache.answer(key, yaml.length, () => {
    holder.inksetInspectPool ??= new InspectPool(poolLimitsFromEnv());
    return holder.inksetInspectPool.inspect(owner, yaml, options, key !== null);
  });
}
