// Worker-thread entry (bundled to dist/inspect-worker.mjs): parses, validates and compiles templates
// sent by the pool in inspect-pool.ts, one at a time, off the web server's event loop. A valid
// document's compiled form goes back too when asked, so its render need not compile it again.
import { parentPort } from "node:worker_threads";
import { encodeCompiled } from "@/lib/render-contract/compiled-document";
import { inspectLoaded, loadForInspection } from "@/lib/templates/inspect";
import type { InspectRequest, InspectReply } from "@/lib/jobs/inspect-protocol";

/** The compiled form is an optimisation: a document it cannot be made of still gets its answer. */
function encodeOrSkip(loaded: Parameters<typeof encodeCompiled>[0]): Uint8Array | undefined {
  try {
    return encodeCompiled(loaded);
  } catch {
    return undefined;
  }
}

parentPort?.on("message", (req: InspectRequest) => {
  let reply: InspectReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const loaded = loadForInspection(req.yaml, req.options);
    const result = inspectLoaded(loaded);
    const compiled = req.compile && result.ok ? encodeOrSkip(loaded) : undefined;
    // Moved, not copied, when the bytes own their whole buffer.
    if (compiled && compiled.byteOffset === 0 && compiled.byteLength === compiled.buffer.byteLength) {
      transfer.push(compiled.buffer as ArrayBuffer);
    }
    reply = { id: req.id, ok: true, result, ...(compiled ? { compiled } : {}) };
  } catch (err) {
    reply = { id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply, transfer);
});
