// The planner thread of a parallel render (draw-parallel.ts), bundled to dist/render-planner.mjs. It
// plans the pages it is given (the CPU-heavy part: widget layout, text measuring, paint steps) and
// records their paint steps; the render's own thread paints them into its one document as they come.
import { parentPort } from "node:worker_threads";
import { DiagnosticSink } from "@/lib/templates/sink";
import { indexPages, planPage, type PlannedPage } from "../plan";
import { CHUNK_PAGES } from "../chunking";
import type { PlanReply, PlanTask } from "./protocol";
import { recordPages } from "./recording";

function post(reply: PlanReply, transfer: ArrayBuffer[] = []) {
  parentPort!.postMessage(reply, transfer);
}

function plan(task: PlanTask) {
  // A plain sink: the render's own sink dedupes and caps, exactly as if it had planned these pages itself.
  const sink = new DiagnosticSink({});
  const widgetsOf = indexPages(task.template);
  const input = { template: task.template, profile: task.profile, strict: task.strict, today: task.today, sink };
  let reported = 0;
  for (let start = task.from; start <= task.to; start += CHUNK_PAGES) {
    const t0 = performance.now();
    const pages: PlannedPage[] = [];
    for (let n = start; n <= Math.min(task.to, start + CHUNK_PAGES - 1); n++) pages.push(planPage(input, widgetsOf, n, task.pageCount));
    const chunk = recordPages(pages);
    const diagnostics = sink.list.slice(reported);
    reported = sink.list.length;
    post({ type: "chunk", chunk, diagnostics, layoutMs: performance.now() - t0 }, [chunk.ops.buffer, chunk.argc.buffer, chunk.kinds.buffer, chunk.nums.buffer] as ArrayBuffer[]);
  }
}

parentPort!.on("message", (task: PlanTask) => {
  try {
    plan(task);
  } catch (err) {
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
});
