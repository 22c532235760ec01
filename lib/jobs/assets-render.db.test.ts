// Uploaded assets in real renders: a job rendered by the local supervisor in a child process, the
// sync endpoint and the editor preview all resolve `asset:` names against the owner's uploads only.
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-assets-render-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { NextRequest } from "next/server";
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from "pdf-lib";
import { POST as generateRoute } from "@/app/api/pdf/generate/route";
import { GET as getJobRoute } from "@/app/api/pdf/jobs/[id]/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { uploadAsset } from "@/lib/assets/upload";
import { getJobForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { setTestRenderDelay, shutdownSpareChild } from "@/lib/jobs/child-process";
import { cancelRenderJob, createRenderJob } from "@/lib/jobs/enqueue";
import { startSupervisor, type Supervisor } from "@/lib/jobs/supervisor";
import { ensureRenderChildBuilt, waitForStatus } from "@/tests/helpers/jobs";
import { JPEG_3X2, makePng } from "@/tests/helpers/image-fixtures";
import { getStorage, jobOutputKey } from "@/lib/storage";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const next = (req: Request) => new NextRequest(req);

/** One page with an image widget per reference. */
function templateWith(refs: string[]): string {
  const widgets = refs.map(
    (ref, i) =>
      `  - { id: img${i}, type: image, position: { x: 36, y: ${40 + i * 120}, width: 200, height: 100 }, properties: { image_src: ${JSON.stringify(ref)} } }`,
  );
  return [
    `schema_version: "1.0"`,
    `metadata: { name: "Assets test", category: planner, created: "2026-01-01", profile: boox-note-air-4c }`,
    `canvas: { dimensions: { width: 595.2, height: 841.8, margins: [36, 36, 36, 36] } }`,
    `widgets:`,
    ...widgets,
    "",
  ].join("\n");
}

/** Width × height of every image XObject in the PDF. */
async function pdfImages(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const found: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    const w = object.dict.get(PDFName.of("Width"));
    const h = object.dict.get(PDFName.of("Height"));
    if (w instanceof PDFNumber && h instanceof PDFNumber) found.push(`${w.asNumber()}x${h.asNumber()}`);
  }
  return found.sort();
}

const tempDirs = () => {
  const dir = path.join(env.JOBS_DIR, "tmp");
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith("assets-")) : [];
};

async function readStoredPdf(jobId: string): Promise<Uint8Array> {
  const file = await getStorage().read(jobOutputKey(jobId));
  if (!file) throw new Error("no stored PDF");
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

let supervisor: Supervisor | null = null;
let alice = { id: "", token: "" };
let bob = { id: "", token: "" };

beforeAll(async () => {
  ensureRenderChildBuilt();
  supervisor = startSupervisor({ concurrency: 1, retention: false });
  const a = await userWithToken("alice");
  const b = await userWithToken("bob");
  alice = { id: a.user.id, token: a.token };
  bob = { id: b.user.id, token: b.token };
  await uploadAsset(alice.id, { data: makePng(12, 7), name: "logo.png" });
  await uploadAsset(alice.id, { data: JPEG_3X2, name: "photo.jpg" });
  // Bob owns a different file under another name, so his map is not empty.
  await uploadAsset(bob.id, { data: makePng(5, 5), name: "bob.png" });
});
afterAll(async () => {
  await supervisor?.stop();
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("asset: references in renders", () => {
  it("a job renders the owner's uploaded PNG and JPEG (real child process) and leaves no temp files", async () => {
    const job = await createRenderJob(alice.id, {
      yaml_content: templateWith(["asset:logo.png", "photo.jpg"]),
      deterministic: true,
      strict_mode: true,
    });
    expect(await waitForStatus(job.id, ["completed", "failed"])).toBe("completed");
    const row = await getJobForOwner(alice.id, job.id);
    expect(row?.errorMessage).toBeNull();
    // 12×7 is the uploaded PNG; the JPEG is 3×2.
    expect(await pdfImages(await readStoredPdf(job.id))).toEqual(["12x7", "3x2"]);
    expect(tempDirs()).toEqual([]);
  });

  it("another user's asset name is an image_error naming the reference as written, never a path", async () => {
    const strict = await createRenderJob(bob.id, {
      yaml_content: templateWith(["asset:logo.png"]),
      deterministic: true,
      strict_mode: true,
    });
    expect(await waitForStatus(strict.id, ["completed", "failed"])).toBe("failed");
    const failed = await (
      await getJobRoute(next(apiRequest(`/api/pdf/jobs/${strict.id}`, bob.token)), routeParams({ id: strict.id }))
    ).json();
    expect(failed.error_message).toContain('image "asset:logo.png": no uploaded asset has this name');
    // Strict mode: the image error is an error (§2.9), which fails the render.
    const warnings = failed.diagnostics.warnings as { code: string; message: string; path: string }[];
    expect(warnings).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "image_error",
        path: "widgets[0].properties.image_src",
        message: 'image "asset:logo.png": no uploaded asset has this name',
      }),
    );
    const text = JSON.stringify(failed);
    expect(text).not.toContain(env.JOBS_DIR);
    expect(text).not.toContain("/tmp");

    // Non-strict: the job completes, with a warning and no image drawn.
    const lax = await createRenderJob(bob.id, { yaml_content: templateWith(["asset:logo.png"]), deterministic: true, strict_mode: false });
    expect(await waitForStatus(lax.id, ["completed", "failed"])).toBe("completed");
    const done = await (await getJobRoute(next(apiRequest(`/api/pdf/jobs/${lax.id}`, bob.token)), routeParams({ id: lax.id }))).json();
    expect(done.diagnostics.warnings).toContainEqual(
      expect.objectContaining({
        code: "image_error",
        path: "widgets[0].properties.image_src",
        message: 'image "asset:logo.png": no uploaded asset has this name',
      }),
    );
    expect(await pdfImages(await readStoredPdf(lax.id))).toEqual([]);
    expect(tempDirs()).toEqual([]);
  });

  it("a project's per-month image name (asset:{month_name}.png) finds each month's upload", async () => {
    await uploadAsset(alice.id, { data: makePng(4, 4), name: "January.png" });
    await uploadAsset(alice.id, { data: makePng(6, 6), name: "February.png" });
    const project = `metadata: {name: Moods, profile: boox-note-air-4c}
masters:
  - name: month
    widgets:
      - {id: img, type: image, position: {x: 36, y: 40, width: 200, height: 100}, properties: {image_src: "asset:{month_name}.png"}}
plan:
  sections:
    - {kind: months, master: month, generate: each_month, start_date: "2026-01-01", end_date: "2026-02-28"}
`;
    const job = await createRenderJob(alice.id, { yaml_content: project, deterministic: true, strict_mode: true });
    expect(await waitForStatus(job.id, ["completed", "failed"])).toBe("completed");
    expect((await getJobForOwner(alice.id, job.id))?.pageCount).toBe(2);
    expect(await pdfImages(await readStoredPdf(job.id))).toEqual(["4x4", "6x6"]);
    expect(tempDirs()).toEqual([]);
  });

  it("a cancelled render removes its asset files", async () => {
    setTestRenderDelay(8000);
    try {
      const job = await createRenderJob(alice.id, {
        yaml_content: templateWith(["asset:logo.png"]),
        deterministic: true,
        strict_mode: false,
      });
      await waitForStatus(job.id, ["processing"]);
      // The copy exists while the child renders...
      await vi.waitFor(() => expect(tempDirs()).toHaveLength(1), { timeout: 10_000, interval: 20 });
      await cancelRenderJob(alice.id, job.id);
      // ...and is gone once the cancel has killed it.
      await vi.waitFor(() => expect(tempDirs()).toEqual([]), { timeout: 5_000, interval: 50 });
      expect(await waitForStatus(job.id, ["cancelled"])).toBe("cancelled");
    } finally {
      setTestRenderDelay(null);
    }
  });

  it("path tricks in a reference never reach the file system", async () => {
    const job = await createRenderJob(alice.id, {
      yaml_content: templateWith([
        "asset:../logo.png",
        "asset:/etc/passwd",
        "asset:constructor",
        `asset:${path.resolve(env.JOBS_DIR)}/assets/x`,
      ]),
      deterministic: true,
      strict_mode: false,
    });
    expect(await waitForStatus(job.id, ["completed", "failed"])).toBe("completed");
    const row = await getJobForOwner(alice.id, job.id);
    const messages = ((row?.diagnostics as { warnings: { message: string }[] }).warnings ?? []).map((w) => w.message);
    expect(messages).toEqual([
      `image "asset:../logo.png": '..' segments are not allowed`,
      `image "asset:/etc/passwd": absolute paths are not allowed`,
      `image "asset:constructor": no uploaded asset has this name`,
      expect.stringContaining("absolute paths are not allowed"),
    ]);
  });

  it("POST /api/pdf/generate and POST /api/preview resolve the caller's assets too", async () => {
    const yaml = templateWith(["asset:logo.png"]);
    const sync = await generateRoute(
      next(apiRequest("/api/pdf/generate", alice.token, { method: "POST", json: { yaml_content: yaml, strict_mode: true } })),
      routeParams({}),
    );
    expect(sync.status).toBe(200);
    expect(await pdfImages(new Uint8Array(await sync.arrayBuffer()))).toEqual(["12x7"]);

    const preview = await previewRoute(
      next(apiRequest("/api/preview", alice.token, { method: "POST", json: { yaml_content: yaml } })),
      routeParams({}),
    );
    expect(preview.status).toBe(200);
    expect(await pdfImages(new Uint8Array(await preview.arrayBuffer()))).toEqual(["12x7"]);

    // Bob's sync render in strict mode: 422 naming the reference.
    const refused = await generateRoute(
      next(apiRequest("/api/pdf/generate", bob.token, { method: "POST", json: { yaml_content: yaml, strict_mode: true } })),
      routeParams({}),
    );
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toContain('image "asset:logo.png": no uploaded asset has this name');
    expect(tempDirs()).toEqual([]);
  });
});
