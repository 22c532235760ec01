// The render's side of a planner thread (plan-worker.ts): started for a large document, it plans the
// pages after the first chunk while this thread plans and paints the first, and hands its recorded
// chunks over in order. The thread has its own heap limit; if it dies, the render fails (the job's
// retry renders again), never the process.
import { Worker } from "node:worker_threads";
import type { PlannerOptions } from "@/lib/render-contract/types";
import type { Template } from "@/lib/templates/types";
import type { PlanMessage, PlanReply, PlanTask } from "./protocol";

type Chunk = Extract<PlanReply, { type: "chunk" }>;

export type PlannerThread = { next(): Promise<Chunk>; close(): Promise<void> };

/**
 * Whether a document is planned partly in a thread. Image steps carry the loaded image itself (one
 * XObject per image in the document), so documents with images are planned where they are painted.
 */
export function wantsPlanner(
  planner: PlannerOptions | undefined,
  template: Template,
  drawn: number,
  firstChunk: number,
): planner is PlannerOptions {
  if (!planner || planner.minPages <= 0 || drawn < planner.minPages || drawn <= firstChunk) return false;
  const hasImage = (w: { type: string }) => w.type === "image";
  return !template.widgets.some(hasImage) && !template.masters.some((m) => m.widgets.some(hasImage));
}

export function startPlannerThread(options: PlannerOptions, task: PlanTask): PlannerThread {
  const worker = new Worker(options.entry, {
    // A small young generation: 64 MB semi-spaces took a 986-page render from 485 to 545 MB peak RSS.
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: 16 },
  });
  const ready: Chunk[] = [];
  const waiting: { resolve: (c: Chunk) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const fail = (err: Error) => {
    failure ??= err;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on("message", (reply: PlanReply) => {
    if (reply.type === "error") return fail(new Error(`planner thread: ${reply.message}`));
    const w = waiting.shift();
    if (w) w.resolve(reply);
    else ready.push(reply);
  });
  worker.on("error", (err: Error & { code?: string }) =>
    fail(err.code === "ERR_WORKER_OUT_OF_MEMORY" ? new Error(`planner thread needed more than ${options.memoryMb} MB`) : err),
  );
  worker.on("exit", (code) => fail(new Error(`planner thread exited (${code})`)));
  const send = (msg: PlanMessage) => worker.postMessage(msg);
  send({ type: "task", task });
  // One chunk ahead: planned while this thread paints the one before, never more (memory stays flat).
  send({ type: "next" });
  return {
    next() {
      send({ type: "next" });
      const chunk = ready.shift();
      if (chunk) return Promise.resolve(chunk);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    async close() {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}
