// The create-time check's cache (lib/jobs/inspect-cache.ts): a document checked before for the same
// owner with the same options is answered without a second check, anything else is checked again;
// an over-limit document is still refused at submission; and the job's render child starts from the
// compiled document the check kept.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-inspect-cache-${process.pid}-${Date.now()}`);
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { getJobForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { compiledFor, InspectCache, inspectCache } from "@/lib/jobs/inspect-cache";
import { InspectPool, inspectOffThread } from "@/lib/jobs/inspect-pool";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { encodeCompiled } from "@/lib/render-contract/compiled-document";
import { inspectLoaded, loadForInspection } from "@/lib/templates/inspect";
import { ensureRenderChildBuilt, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { userWithToken } from "@/tests/helpers/users";

afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

const OPTIONS = { strict: false, maxPages: env.MAX_PDF_PAGES };

describe("the create-time check's cache", () => {
  it("answers a document checked before without checking it again; a changed one is checked", async () => {
    ensureRenderChildBuilt();
    const checks = vi.spyOn(InspectPool.prototype, "inspect");
    const [{ user: a }, { user: b }] = [await userWithToken("cache-a"), await userWithToken("cache-b")];
    const doc = sampleTemplate({ pages: 2, name: "Cached" });
    expect(await inspectOffThread(a.id, doc, OPTIONS)).toMatchObject({ ok: true, pageCount: 2, title: "Cached" });
    expect(checks).toHaveBeenCalledTimes(1);
    expect(await inspectOffThread(a.id, doc, OPTIONS)).toMatchObject({ ok: true, pageCount: 2, title: "Cached" });
    expect(checks).toHaveBeenCalledTimes(1);
    // Another text, other options, another owner: each a check of its own.
    expect(await inspectOffThread(a.id, doc.replace("Cached", "Changed"), OPTIONS)).toMatchObject({ title: "Changed" });
    expect(checks).toHaveBeenCalledTimes(2);
    await inspectOffThread(a.id, doc, { ...OPTIONS, strict: true });
    expect(checks).toHaveBeenCalledTimes(3);
    await inspectOffThread(b.id, doc, OPTIONS);
    expect(checks).toHaveBeenCalledTimes(4);
    checks.mockRestore();
  });

  it("refuses an over-limit document at submission, the second time too", async () => {
    const { user } = await userWithToken("cache-limit");
    const over = sampleTemplate({ pages: 4, maxPages: 3, name: "Too long" });
    for (let i = 0; i < 2; i++) {
      await expect(createRenderJob(user.id, { yaml_content: over, deterministic: true, strict_mode: false })).rejects.toMatchObject({
        code: "PAGE_LIMIT",
      });
    }
    expect(inspectCache.get(inspectCache.key(user.id, over, { ...OPTIONS, constraintScope: "full" }))?.result).toMatchObject({
      ok: false,
      pageCount: 4,
    });
  });

  it("hands the job's render child the compiled document (so it does not compile the YAML again)", async () => {
    ensureRenderChildBuilt();
    const { user } = await userWithToken("cache-render");
    const submitted = sampleTemplate({ pages: 2, name: "Submitted" });
    // The entry a check of `submitted` leaves, with another document's compiled form swapped in: a
    // render that uses the compiled form draws that document's 3 pages, one that loads the YAML 2.
    const key = inspectCache.key(user.id, submitted, { ...OPTIONS, constraintScope: "full" });
    const result = inspectLoaded(loadForInspection(submitted, OPTIONS));
    const swapped = encodeCompiled(loadForInspection(sampleTemplate({ pages: 3, name: "Compiled" }), OPTIONS));
    inspectCache.set(key, { result, compiled: swapped }, submitted.length);
    // A render with variables compiles differently from what was checked: never from the cache.
    const renderOptions = { ...OPTIONS, constraintScope: "full" as const };
    expect(compiledFor(user.id, submitted, renderOptions, { name: "x" })).toBeUndefined();
    expect(compiledFor(user.id, submitted, renderOptions, {})).toBe(swapped);
    const supervisor = startSupervisor({ concurrency: 1, retention: false });
    try {
      const job = await createRenderJob(user.id, { yaml_content: submitted, deterministic: true, strict_mode: false });
      expect(await waitForStatus(job.id, ["completed", "failed"])).toBe("completed");
      expect((await getJobForOwner(user.id, job.id))?.pageCount).toBe(3);
    } finally {
      await supervisor.stop();
    }
  });

  it("keeps within its size, least recently used out", () => {
    const cache = new InspectCache(() => 4000);
    const result = { ok: true, diagnostics: [], pageCount: 1, title: "t", kind: "template" as const };
    const keys = ["a", "b", "c"].map((y) => cache.key("u", y, OPTIONS));
    cache.set(keys[0]!, { result, compiled: new Uint8Array(900) }, 100);
    cache.set(keys[1]!, { result, compiled: new Uint8Array(900) }, 100);
    cache.get(keys[0]!); // a is now the most recently used
    cache.set(keys[2]!, { result, compiled: new Uint8Array(900) }, 100);
    cache.set(cache.key("u", "d", OPTIONS), { result, compiled: new Uint8Array(900) }, 100);
    expect(cache.stats()).toEqual({ entries: 4, bytes: 4000 });
    cache.set(cache.key("u", "e", OPTIONS), { result, compiled: new Uint8Array(900) }, 100);
    expect(cache.stats()).toEqual({ entries: 4, bytes: 4000 });
    expect(cache.get(keys[1]!)).toBeUndefined();
    expect(cache.get(keys[0]!)?.compiled?.byteLength).toBe(900);
    // Over a quarter of the cache: only the answer is kept.
    cache.set(keys[1]!, { result, compiled: new Uint8Array(2000) }, 100);
    expect(cache.get(keys[1]!)).toEqual({ result, bytes: 100, at: expect.any(Number) });
    expect(new InspectCache(() => 0).key("u", "a", OPTIONS)).toBeNull();
  });
});
