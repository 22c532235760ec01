// The spare child's warm-up (lib/render/warm-up.ts) with the real bundled child process: a job
// that arrives while the spare is still warming waits for the warm-up render in progress, then
// renders exactly what a cold child renders (deterministic mode: identical bytes).
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureRenderChildBuilt, pdfPageCount, sleep } from "@/lib/jobs/testing/harness";
import { sampleTemplate } from "@/lib/jobs/testing/templates";
import type { ChildMessage, ChildRequest } from "./child-protocol";

let dir: string;
beforeAll(() => {
  ensureRenderChildBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "inkset-warm-up-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function renderWithSpare(warmUpMs: number, waitBeforeJobMs: number, out: string) {
  const child = fork("dist/render-child.mjs", [], {
    env: { ...process.env, NODE_ENV: "test", PDF_SPARE_WARMUP_MS: String(warmUpMs) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  });
  const messages: ChildMessage[] = [];
  const finished = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.on("message", (m: ChildMessage) => messages.push(m));
  while (!messages.some((m) => m.type === "ready")) await sleep(20);
  await sleep(waitBeforeJobMs);
  const request: ChildRequest = {
    type: "render",
    yaml: sampleTemplate({ pages: 12, fillerPerPage: 20 }),
    outputPath: out,
    options: { strict: false, deterministic: true, maxPages: 1000 },
  };
  child.send(request);
  await finished;
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
