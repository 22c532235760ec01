// Page pictures and links of a finished job: real render, real MuPDF child, real storage folder.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-pages-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import * as jobs from "@/lib/db/jobs";
import * as runs from "@/lib/db/job-runs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { deleteRenderJob } from "@/lib/jobs/enqueue";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { renderDocument } from "@/lib/render/render";
import { getStorage, jobOutputKey } from "@/lib/storage";
import { getJobPageImage, getJobPageNavigation } from "./job-pages";
import { pageImageKey, pageImagePrefix } from "./keys";

let ownerId = "";
let otherId = "";
let jobId = "";

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.from(c as Buffer));
  return Buffer.concat(parts);
}

async function storedKeys(prefix: string) {
  const keys: string[] = [];
  for await (const o of getStorage().list(prefix)) keys.push(o.key);
  return keys.sort();
}

beforeAll(async () => {
  ownerId = (await findOrCreateUserByEmail(`pages-${Date.now()}@test.local`)).id;
  otherId = (await findOrCreateUserByEmail(`pages-other-${Date.now()}@test.local`)).id;
  mkdirSync(env.JOBS_DIR, { recursive: true });
  const job = await jobs.createJob({ ownerId, title: "pages", yamlContent: "x", deterministic: true, strictMode: false });
  jobId = job.id;
  expect(await runs.claimJob(job.id, "w", 60_000)).toBe(true);
  const local = path.join(env.JOBS_DIR, `${job.id}.pdf`);
  const result = await renderDocument({
    yaml: sampleTemplate({ pages: 5 }),
    outputPath: local,
    strict: false,
    deterministic: true,
    maxPages: 1000,
  });
  await getStorage().putFile(jobOutputKey(job.id), local);
  expect(
    await runs.markJobCompleted(job.id, "w", { key: jobOutputKey(job.id), sizeBytes: 1, pageCount: result.pageCount, diagnostics: {} }),
  ).toBe(true);
}, 60_000);
afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("job page pictures", () => {
  it("draws a page as a PNG of the rounded-up width, stores it and serves the stored copy next time", async () => {
    const first = await getJobPageImage(ownerId, jobId, 3, 200);
    expect(first.width).toBe(240);
    const png = PNG.sync.read(await readAll(first.stream));
    expect(png.width).toBe(240);
    // A5-ish portrait page: taller than wide.
    expect(png.height).toBeGreaterThan(png.width);
    // Something is drawn (the heading), not a blank page.
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) dark++;
    expect(dark).toBeGreaterThan(50);
    expect(await storedKeys(pageImagePrefix(jobId))).toEqual([pageImageKey(jobId, 3, 240)]);
    const again = await getJobPageImage(ownerId, jobId, 3, 240);
    expect(again.etag).toBe(first.etag);
    expect((await readAll(again.stream)).length).toBe(again.size);
  }, 30_000);

  it("answers 404 for another user's job and for pages outside the document", async () => {
    await expect(getJobPageImage(otherId, jobId, 1, 240)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getJobPageImage(ownerId, jobId, 6, 240)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Page 6 not found; this PDF has 5 pages",
    });
    await expect(getJobPageNavigation(otherId, jobId, 1)).rejects.toBeInstanceOf(AppError);
  });

  it("reads the page's links with the page each one opens, and the page size", async () => {
    const nav = await getJobPageNavigation(ownerId, jobId, 2);
    expect(nav.pageCount).toBe(5);
    expect(Math.round(nav.size.width)).toBe(595);
    const targets = nav.links.map((l) => l.page).sort();
    // "Next" on page 2 opens page 3, "First" opens page 1.
    expect(targets).toEqual([1, 3]);
    for (const l of nav.links) expect(l.rect[0]).toBeGreaterThanOrEqual(440);
  }, 30_000);

  it("deletes the job's pictures with the job", async () => {
    await getJobPageImage(ownerId, jobId, 1, 120);
    expect((await storedKeys(pageImagePrefix(jobId))).length).toBe(2);
    await deleteRenderJob(ownerId, jobId);
    expect(await storedKeys(pageImagePrefix(jobId))).toEqual([]);
  }, 30_000);
});
