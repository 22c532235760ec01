// Worker-thread entry (bundled to dist/inspect-worker.mjs): parses, validates and compiles templates
// sent by the pool in inspect-pool.ts, one at a time, off the web server's event loop.
import { parentPort } from "node:worker_threads";
import { inspectDocument } from "@/lib/templates/inspect";
import type { InspectRequest, InspectReply } from "@/lib/jobs/inspect-protocol";

parentPort?.on("message", (req: InspectRequest) => {
  let reply: InspectReply;
  try {
    reply = { id: req.id, ok: true, result: inspectDocument(req.yaml, req.options) };
  } catch (err) {
    reply = { id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
