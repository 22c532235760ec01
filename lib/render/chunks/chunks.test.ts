// A large document drawn by the render's own thread alone, or with one or two chunk threads, is the same
// file (the same bytes, diagnostics and counts), its navigation and text intact for every reader; a
// chunk thread that dies fails the render without hanging it. The chunk thread is the real esbuild
// bundle of chunk-thread.ts, built here.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { yearPlannerYaml } from "@/lib/examples";
import { generatePlanner } from "@/lib/planner/generate";
import { CHUNK_PAGES } from "@/lib/render/chunking";
import { renderDocument } from "@/lib/render/render";
import type { RenderRequest } from "@/lib/render-contract/types";
import { mupdfView, readerDisagreements } from "@/tests/readers/agreement";
import { ChunkThreads } from "./threads";

const root = process.cwd();
const dir = path.join(root, "node_modules", ".cache", `inkset-chunks-${process.pid}`);
const entry = path.join(dir, "render-chunks.mjs");
const broken = path.join(dir, "broken-chunks.mjs");
let pool: ChunkThreads;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(root, "lib/render/chunks/chunk-thread.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    outfile: entry,
    logLevel: "silent",
  });
  // A chunk thread that dies on its first task, as one that ran out of memory would.
  writeFileSync(broken, `import { parentPort } from "node:worker_threads"; parentPort.on("message", () => process.exit(3));`);
  pool = new ChunkThreads({ entry, count: 2, memoryMb: 256, fontDirs: [] });
}, 60_000);
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Chunks the pool's threads drew, so a test knows they took part. */
let drawnByThreads = 0;
const counted = () =>
  ({
    size: pool.size,
    draw: (task, threads, onChunk) =>
      pool.draw(task, threads, (index, chunk) => {
        drawnByThreads++;
        onChunk(index, chunk);
      }),
  }) as Pick<ChunkThreads, "size" | "draw"> as ChunkThreads;

async function render(name: string, yaml: string, threads: number, extra: Partial<RenderRequest> = {}) {
  const outputPath = path.join(dir, `${name}-${threads}.pdf`);
  const chunkThreads = threads > 0 ? { pool: counted(), minPages: 0, threads } : undefined;
  const result = await renderDocument({ yaml, outputPath, strict: false, deterministic: true, maxPages: 1000, chunkThreads, ...extra });
  return { result, bytes: readFileSync(outputPath), file: outputPath };
}

// Three chunks or more each: the gallery planner (standard fonts only) and a themed planner (Inter and
// Lora subsets embedded per chunk, deduplicated and renamed at the join).
const documents = {
  gallery: yearPlannerYaml({ startDate: "2026-01-01", endDate: "2026-07-31" }),
  themed: generatePlanner({ start: "2026-01", months: 6, device_profile: "boox-note-air-4c", theme: "classic" }).yaml,
};

describe("chunk threads", () => {
  for (const [name, yaml] of Object.entries(documents)) {
    it(`${name}: the same bytes, diagnostics and counts with 0, 1 and 2 chunk threads`, async () => {
      const alone = await render(name, yaml, 0);
      expect(alone.result.pageCount).toBeGreaterThan(2 * CHUNK_PAGES);
      expect(alone.result.stats.links).toBeGreaterThan(0);
      expect(alone.result.stats.outlineEntries).toBeGreaterThan(0);
      for (const threads of [1, 2]) {
        drawnByThreads = 0;
        const helped = await render(name, yaml, threads);
        expect(drawnByThreads).toBeGreaterThan(0);
        expect(helped.bytes.equals(alone.bytes)).toBe(true);
        expect(helped.result.diagnostics).toEqual(alone.result.diagnostics);
        expect(helped.result.stats).toEqual(alone.result.stats);
      }
    }, 180_000);
  }

  it("keeps links, destinations, the outline and text across chunks for MuPDF, pdf.js and Poppler", async () => {
    const { file, bytes, result } = await render("readers", documents.themed, 2);
    expect(await readerDisagreements(file, new Uint8Array(bytes))).toEqual([]);
    const view = mupdfView(file);
    // Links from the last chunk's pages reach pages of the first chunk (the year and month pages).
    const last = view.links.slice(2 * CHUNK_PAGES);
    expect(last.flat().some((target) => target <= CHUNK_PAGES)).toBe(true);
    expect(view.outline.length).toBe(result.stats.outlineEntries);
    expect(view.outline.every((o) => o.page >= 1 && o.page <= result.pageCount)).toBe(true);
    // Text drawn in a later chunk's own subset extracts (Poppler's pdftotext reads the subsets' ToUnicode).
    expect(view.text[2 * CHUNK_PAGES + 5]).not.toBe("");
  }, 180_000);

  it("reports every page's progress, the chunk threads' pages too", async () => {
    const phases: string[] = [];
    const { result } = await render("progress", documents.gallery, 2, { onProgress: (p) => phases.push(p.phase) });
    expect(phases.filter((p) => p === "layout")).toHaveLength(result.pageCount);
    expect(phases.filter((p) => p === "write")).toHaveLength(result.pageCount);
  }, 180_000);

  it("abandons the render when a progress callback throws, whichever thread's chunk it reports", async () => {
    // The spare's warm-up abandons a render this way when a job arrives; the error must come out of
    // the render, not out of a chunk thread's message (that would end the process).
    const stopped = new Error("stopped");
    const onProgress = (p: { done: number }) => {
      if (p.done > CHUNK_PAGES) throw stopped;
    };
    await expect(render("abandoned", documents.gallery, 2, { onProgress })).rejects.toBe(stopped);
    // The threads are still there for the next render.
    const again = await render("after-abandoned", documents.gallery, 2);
    expect(again.result.pageCount).toBeGreaterThan(2 * CHUNK_PAGES);
  }, 180_000);

  it("fails the render, without hanging, when a chunk thread dies", async () => {
    const dying = new ChunkThreads({ entry: broken, count: 1, memoryMb: 256, fontDirs: [] });
    try {
      await expect(
        renderDocument({
          yaml: documents.gallery,
          outputPath: path.join(dir, "broken.pdf"),
          strict: false,
          deterministic: true,
          maxPages: 1000,
          chunkThreads: { pool: dying, minPages: 0, threads: 1 },
        }),
      ).rejects.toThrow(/chunk thread exited \(3\)/);
    } finally {
      await dying.close();
    }
  }, 180_000);
});
