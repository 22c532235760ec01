// A chunk thread of a render child (started by threads.ts), bundled to dist/render-chunks.mjs. It draws
// the chunks it claims of the document it is given, each into a PDF of its own, and posts them back;
// the render joins them with its own chunks. It holds one document at a time, of the child's one owner.
import { parentPort, workerData } from "node:worker_threads";
import { registerFontDirs } from "../fonts";
import { chunkDrawer, drawClaimed } from "./draw-chunk";
import type { ThreadMessage, ThreadReply } from "./protocol";

registerFontDirs((workerData as { fontDirs: string[] }).fontDirs);
const post = (reply: ThreadReply) => parentPort!.postMessage(reply);

parentPort!.on("message", ({ task }: ThreadMessage) => {
  drawClaimed(task.claims, task.drawn, task.chunkPages, chunkDrawer(task.doc), (index, chunk) =>
    post({ type: "chunk", index, chunk }),
  ).then(
    () => post({ type: "done" }),
    (err: unknown) => post({ type: "error", message: err instanceof Error ? err.message : String(err) }),
  );
});
