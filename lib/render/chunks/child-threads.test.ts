// The render child's own chunk threads (dist/render-chunks.mjs next to dist/render-child.mjs): a large
// document rendered by a real child allowed one chunk thread gives the file of a child allowed none.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { yearPlannerYaml } from "@/lib/examples";
import type { RenderRequest } from "@/lib/render-contract/child-protocol";
import { renderInFreshChild } from "@/tests/helpers/jobs";

const dir = mkdtempSync(path.join(tmpdir(), "inkset-child-threads-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function renderInChild(threads: number) {
  const outputPath = path.join(dir, `threads-${threads}.pdf`);
  const request: RenderRequest = {
    type: "render",
    yaml: yearPlannerYaml({ startDate: "2026-01-01", endDate: "2026-07-31" }),
    outputPath,
    options: { strict: false, deterministic: true, maxPages: 1000 },
    threads,
  };
  const messages = await renderInFreshChild({ PDF_PARALLEL_MIN_PAGES: "150" }, request);
  const done = messages.find((m) => m.type === "done" || m.type === "error");
  return { done, bytes: readFileSync(outputPath) };
}

describe("render child with chunk threads", () => {
  it("writes the same file with a chunk thread as without", async () => {
    const alone = await renderInChild(0);
    const helped = await renderInChild(1);
    if (alone.done?.type !== "done" || helped.done?.type !== "done") throw new Error("a render failed");
    const { pageCount, diagnostics, stats } = alone.done.result;
    expect(pageCount).toBeGreaterThan(200);
    expect(helped.done.result).toMatchObject({ pageCount, diagnostics, stats });
    expect(helped.bytes.equals(alone.bytes)).toBe(true);
  }, 180_000);
});
