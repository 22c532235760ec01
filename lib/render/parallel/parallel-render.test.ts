// A large document planned partly in a planner thread must give the very bytes (and diagnostics) of
// the sequential render. The planner thread is the real esbuild bundle of plan-worker.ts, built here.
import { readFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { yearPlannerYaml } from "@/lib/examples";
import { renderDocument } from "@/lib/render/render";
import type { RenderRequest } from "@/lib/render-contract/types";

const root = process.cwd();
const dir = path.join(root, "node_modules", ".cache", `inkset-parallel-${process.pid}`);
const entry = path.join(dir, "render-planner.mjs");
const broken = path.join(dir, "broken-planner.mjs");

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(root, "lib/render/parallel/plan-worker.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    outfile: entry,
    logLevel: "silent",
  });
  // A planner thread that dies on its first task, as one that ran out of memory would.
  writeFileSync(broken, `import { parentPort } from "node:worker_threads"; parentPort.on("message", () => process.exit(3));`);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 126 pages: the first chunk (100 pages) is planned by the render's own thread, the rest by the planner thread.
const yaml = yearPlannerYaml({ startDate: "2026-01-01", endDate: "2026-04-15" });

async function render(name: string, extra: Partial<RenderRequest> = {}) {
  const outputPath = path.join(dir, `${name}.pdf`);
  const result = await renderDocument({ yaml, outputPath, strict: false, deterministic: true, maxPages: 1000, ...extra });
  return { result, bytes: readFileSync(outputPath) };
}

describe("parallel planning", () => {
  it("writes the same bytes, links, outline and diagnostics as the sequential render", async () => {
    const progress: string[] = [];
    const seq = await render("sequential");
    const par = await render("parallel", { planner: { entry, minPages: 2, memoryMb: 256 }, onProgress: (p) => progress.push(p.phase) });
    expect(seq.result.pageCount).toBeGreaterThan(100);
    expect(par.bytes.equals(seq.bytes)).toBe(true);
    expect(par.result.diagnostics).toEqual(seq.result.diagnostics);
    // Pages the thread planned have diagnostics of their own (links past the range dropped).
    expect(seq.result.diagnostics.some((d) => (d.page ?? 0) > 100)).toBe(true);
    expect(par.result.stats).toEqual(seq.result.stats);
    expect(seq.result.stats.links).toBeGreaterThan(0);
    expect(seq.result.stats.outlineEntries).toBeGreaterThan(0);
    // Every page is reported laid out and written, the planner thread's pages too.
    expect(progress.filter((p) => p === "layout")).toHaveLength(par.result.pageCount);
    expect(progress.filter((p) => p === "write")).toHaveLength(par.result.pageCount);
  }, 120_000);

  it("plans on the render's own thread below minPages", async () => {
    const seq = await render("small-seq");
    // The broken planner would fail the render if it were started.
    const par = await render("small-par", { planner: { entry: broken, minPages: 10_000, memoryMb: 256 } });
    expect(par.bytes.equals(seq.bytes)).toBe(true);
  }, 120_000);

  it("fails the render, without hanging, when the planner thread dies", async () => {
    await expect(render("broken", { planner: { entry: broken, minPages: 2, memoryMb: 256 } })).rejects.toThrow(
      /planner thread exited \(3\)/,
    );
  }, 120_000);
});
