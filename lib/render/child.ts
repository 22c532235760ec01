// The per-job render process. Forked by lib/jobs/child-process.ts from the esbuild bundle
// dist/render-child.mjs; it renders exactly one document, then exits. The renderer is imported
// up front, so a spare child started ahead of time is warm when its job arrives.
import { devNull } from "node:os";
import { env } from "@/lib/env";
import { imageOptionsFromEnv } from "@/lib/render/images";
import { renderDocument } from "@/lib/render/render";
import { TemplateRenderError } from "@/lib/render/types";
import type { ChildMessage, ChildRequest } from "@/lib/render/child-protocol";

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

// TEST-ONLY hook: `testDelayMs` stretches a render (reported as layout progress) so timeout,
// cancel and crash-recovery tests have a slow job without a huge template. The supervisor sets it
// only when NODE_ENV=test and INKSET_TEST_RENDER_DELAY_MS is set (see lib/jobs/child-process.ts).
async function testDelay(ms: number | undefined, onTick: (done: number, total: number) => void) {
  if (!ms || ms <= 0) return;
  const steps = 10;
  for (let i = 1; i <= steps; i++) {
    await new Promise((r) => setTimeout(r, ms / steps));
    onTick(i, steps);
  }
}

async function handle(req: ChildRequest) {
  try {
    await testDelay(req.testDelayMs, (done, total) => void send({ type: "progress", progress: { phase: "layout", done, total } }));
    const result = await renderDocument({
      ...req.options,
      // The child inherits the server's environment: REMOTE_IMAGES / IMAGE_HOSTS apply here.
      images: imageOptionsFromEnv(env),
      yaml: req.yaml,
      outputPath: req.outputPath,
      onProgress: (progress) => void send({ type: "progress", progress }),
    });
    await send({ type: "done", result });
  } catch (err) {
    if (err instanceof TemplateRenderError) {
      await send({ type: "error", code: err.code, message: err.message, diagnostics: err.diagnostics });
    } else {
      // The parent logs this under a reference; it never reaches the user verbatim.
      const message = err instanceof Error ? err.message : String(err);
      await send({ type: "error", code: "INTERNAL", message, diagnostics: [] });
    }
  }
  process.exit(0);
}

// A one-page warm-up render before announcing "ready": the first render in a process pays for
// font loading, layout-engine setup and JIT (about half of a small job's time), so a spare child
// that has done it answers its one real job faster. Its output goes nowhere.
const WARM_UP = `schema_version: "1.0"
metadata: { name: warm-up, category: internal, created: "2026-01-01", profile: boox-note-air-4c }
canvas: { dimensions: { width: 200, height: 200, margins: [0, 0, 0, 0] } }
widgets:
  - { id: a, type: anchor, position: { x: 0, y: 0, width: 1, height: 1 }, properties: { dest_id: top } }
  - { id: t, type: text_block, content: "warm-up", position: { x: 10, y: 10, width: 100, height: 20 } }
  - { id: l, type: internal_link, content: "top", position: { x: 10, y: 40, width: 100, height: 40 }, properties: { to_dest: top } }
`;

async function warmUp() {
  try {
    await renderDocument({ yaml: WARM_UP, outputPath: devNull, strict: false, deterministic: true, maxPages: 1 });
  } catch {
    // A failed warm-up only costs speed; the real render reports its own errors.
  }
}

process.once("message", (msg: ChildRequest) => void handle(msg));
// Parent gone (supervisor crashed): nothing left to report to, so stop rendering.
process.on("disconnect", () => process.exit(0));
void warmUp().then(() => send({ type: "ready" }));
