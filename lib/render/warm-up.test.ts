// The spare child's warm-up (lib/render/warm-up.ts) with the real bundled child process: a job
// that arrives while the spare is still warming waits for the warm-up render in progress, then
// renders exactly what a cold child renders (deterministic mode: identical bytes).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPageCount, renderInFreshChild } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import type { RenderRequest } from "@/lib/render-contract/child-protocol";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "inkset-warm-up-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function renderWithSpare(warmUpMs: number, waitBeforeJobMs: number, outputPath: string) {
  const request: RenderRequest = {
    type: "render",
    yaml: sampleTemplate({ pages: 12, fillerPerPage: 20 }),
    outputPath,
    options: { strict: false, deterministic: true, maxPages: 1000 },
  };
  const messages = await renderInFreshChild({ PDF_SPARE_WARMUP_MS: String(warmUpMs) }, request, waitBeforeJobMs, true);
  return messages.find((m) => m.type === "done" || m.type === "error");
}

describe("spare child warm-up", () => {
  it("renders a job that arrives mid-warm-up, byte-identical to a cold child", async () => {
    const cold = path.join(dir, "cold.pdf");
    const warm = path.join(dir, "warm.pdf");
    expect(await renderWithSpare(0, 0, cold)).toMatchObject({ type: "done", result: { pageCount: 12 } });
    // A budget far beyond the wait: the job always interrupts a warm-up in progress.
    expect(await renderWithSpare(60_000, 700, warm)).toMatchObject({ type: "done", result: { pageCount: 12 } });
    const a = readFileSync(cold);
    const b = readFileSync(warm);
    expect(await pdfPageCount(b)).toBe(12);
    expect(b.equals(a)).toBe(true);
  });
});
