// The planner thread of a render (started by planner-thread.ts), bundled to dist/render-planner.mjs. It
// plans the pages it is asked for, a chunk at a time (widget layout, text measuring, running the paint
// steps against a recorder); the render's own thread paints them into its one document in order.
import { parentPort } from "node:worker_threads";
import { DiagnosticSink } from "@/lib/templates/sink";
import { indexPages, planPage, type PlannedPage } from "../plan";
import { CHUNK_PAGES } from "../chunking";
import type { PlanMessage, PlanReply, PlanTask } from "./protocol";
import { recordPages } from "./recording";

function post(reply: PlanReply, transfer: ArrayBuffer[] = []) {
  parentPort!.postMessage(reply, transfer);
}

/** Plans chunk after chunk of a task, one per call. */
function planner(task: PlanTask) {
  // A plain sink: the render's own sink dedupes and caps, exactly as if it had planned these pages itself.
  const sink = new DiagnosticSink({});
  const widgetsOf = indexPages(task.template);
  const input = { template: task.template, profile: task.profile, strict: task.strict, today: task.today, sink };
  let reported = 0;
  let start = task.from;
  return () => {
    if (start > task.to) return;
    const t0 = performance.now();
    const pages: PlannedPage[] = [];
    for (let n = start; n <= Math.min(task.to, start + CHUNK_PAGES - 1); n++) pages.push(planPage(input, widgetsOf, n, task.pageCount));
    start += CHUNK_PAGES;
    const chunk = recordPages(pages);
    const diagnostics = sink.list.slice(reported);
    reported = sink.list.length;
    post({ type: "chunk", chunk, diagnostics, layoutMs: performance.now() - t0 }, [
      chunk.ops.buffer,
      chunk.argc.buffer,
      chunk.kinds.buffer,
      chunk.nums.buffer,
    ] as ArrayBuffer[]);
  };
}

let nextChunk: (() => void) | null = null;
parentPort!.on("message", (msg: PlanMessage) => {
  try {
    if (msg.type === "task") nextChunk = planner(msg.task);
    else nextChunk?.();
  } catch (err) {
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
});
