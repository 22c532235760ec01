// A large job on Inngest, run by @inngest/test against the real database, real render children and
// real storage: its chunks are drawn by parallel steps (each in a render child of its own, handing on
// a storage key, never bytes) and joined by a final step into the very file one render writes.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const tmp = vi.hoisted(() => {
  // Must be set before lib/env is imported (it parses once).
  const dir = `${process.env.TMPDIR ?? "/tmp"}/inkset-inngest-chunks-${process.pid}-${Date.now()}`;
  vi.stubEnv("JOBS_DIR", `${dir}/jobs`);
  vi.stubEnv("PDF_PARALLEL_MIN_PAGES", "150");
  vi.stubEnv("PDF_TIMEOUT_SECONDS", "60");
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  vi.stubEnv("LOG_LEVEL", "error");
  return dir;
});

import { createJob, getDownloadInfoForOwner } from "@/lib/db/jobs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { shutdownSpareChild } from "@/lib/jobs/child-process";
import { jobRequestedEventId } from "@/lib/jobs/queue/inngest-events";
import { CHUNK_PAGES } from "@/lib/render/chunking";
import { renderDocument } from "@/lib/render/render";
import { setStorageForTests } from "@/lib/storage";
import { createFsStorage } from "@/lib/storage/fs";
import { jobChunkKey, jobOutputKey, type Storage } from "@/lib/storage/types";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { renderPdf } from "@/inngest/functions/render-pdf";

// Three chunks; every page links to the next across chunk boundaries, and the outline spans them.
const PAGES = 2 * CHUNK_PAGES + 30;
const yaml = `schema_version: "1.0"
metadata: { name: Chunked job, category: test, created: "2026-01-01", profile: boox-note-air-4c }
canvas: { dimensions: { width: 300, height: 400, margins: [10, 10, 10, 10] } }
widgets:
${Array.from({ length: PAGES }, (_, i) => {
  const p = i + 1;
  return [
    `  - { id: a${p}, type: anchor, page: ${p}, position: { x: 10, y: 10, width: 5, height: 5 }, properties: { dest_id: "p${p}" } }`,
    `  - { id: t${p}, type: text_block, page: ${p}, content: "Page {page} of {total_pages}", position: { x: 10, y: 40, width: 200, height: 20 } }`,
    `  - { id: l${p}, type: internal_link, page: ${p}, content: "next", position: { x: 10, y: 80, width: 80, height: 50 }, properties: { to_dest: "p${(p % PAGES) + 1}" } }`,
  ].join("\n");
}).join("\n")}
navigation:
  outlines:
    - { title: "Start", dest: "p1" }
    - { title: "Second chunk", dest: "p${CHUNK_PAGES + 1}" }
    - { title: "Last", dest: "p${PAGES}" }
`;

let owner: { id: string };
const store = path.join(tmp, "store");
const CHUNKS = 3;
/** Chunk keys stored, in order. */
const stored: string[] = [];

/**
 * Storage whose chunk uploads wait until every chunk has been drawn: steps run one after another
 * would never get past the first, so the test passes only if the chunk steps run at the same time.
 */
function barrierStorage(): Storage {
  const fs = createFsStorage(store);
  const arrived: (() => void)[] = [];
  return {
    ...fs,
    async putFile(key, file, options) {
      if (key.endsWith(".chunk")) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("the chunk steps did not run in parallel")), 120_000);
          arrived.push(() => (clearTimeout(timer), resolve()));
          if (arrived.length === CHUNKS) for (const go of arrived) go();
        });
        stored.push(key);
      }
      return fs.putFile(key, file, options);
    },
  };
}

beforeAll(async () => {
  ensureRenderChildBuilt();
  owner = await findOrCreateUserByEmail(`inngest-chunks-${Date.now()}@example.test`);
  setStorageForTests(barrierStorage());
});
afterAll(() => {
  shutdownSpareChild();
  setStorageForTests(undefined);
  rmSync(tmp, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe("render-pdf on Inngest, a large job", () => {
  it("draws its chunks as parallel steps that pass storage keys, then joins them into the one-render file", async () => {
    const job = await createJob({ ownerId: owner.id, title: "Chunked", yamlContent: yaml, deterministic: true, strictMode: false });
    const event = {
      name: "pdf/job.requested",
      id: jobRequestedEventId(job.id),
      data: { jobId: job.id, ownerId: owner.id, plan: "free", pages: String(PAGES) },
    };
    const engine = new InngestTestEngine({ function: renderPdf, transformCtx: (ctx) => ({ ...mockCtx(ctx), runId: "chunked-run" }) });
    const { result, ctx } = await engine.execute({ events: [event] });
    expect(result).toEqual({ status: "completed", pages: PAGES });

    const ids = ctx.step.run.mock.calls.map((c) => c[0]);
    const chunkSteps = [0, 1, 2].map((i) => `render-chunk-${i}`);
    const joinSteps = ["join-and-upload", "delete-chunks"];
    expect(ids).toEqual(["claim-job", ...chunkSteps, ...joinSteps, "mark-completed", "deliver-webhook", "send-mail"]);
    // Each chunk step's output is a storage key (and the page count), never the chunk's bytes.
    const outputs = await Promise.all(ctx.step.run.mock.results.map((r) => r.value as Promise<unknown>));
    for (const i of [0, 1, 2]) expect(outputs[1 + i]).toEqual({ key: jobChunkKey(job.id, i), pageCount: PAGES });
    // The chunk steps ran at the same time: none could store its chunk before all three had drawn theirs.
    expect([...stored].sort()).toEqual([0, 1, 2].map((i) => jobChunkKey(job.id, i)));
    // Once joined, the chunks left storage.
    for (const i of [0, 1, 2]) expect(() => readFileSync(path.join(store, jobChunkKey(job.id, i)))).toThrow();

    const download = await getDownloadInfoForOwner(owner.id, job.id);
    expect(download?.outputPath).toBe(jobOutputKey(job.id));
    const joined = readFileSync(path.join(store, jobOutputKey(job.id)));
    const whole = path.join(tmp, "whole.pdf");
    await renderDocument({ yaml, outputPath: whole, strict: false, deterministic: true, maxPages: 1000 });
    expect(joined.equals(readFileSync(whole))).toBe(true);
  }, 300_000);
});
