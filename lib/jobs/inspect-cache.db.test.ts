// The one memory of template checks (lib/jobs/inspect-cache.ts): a document checked before for the
// same owner with the same options is answered without a second check, anything else is checked
// again; concurrent asks for one text share one check; an over-limit document is still refused at
// submission; the job's render child starts from the compiled document the check kept; and the
// cache keeps within its size.
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
import { inspectDocument, inspectLoaded, loadForInspection } from "@/lib/templates/inspect";
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
    // Asked twice at once (the editor's page view and canvas): one check, one answer.
    const fresh = sampleTemplate({ pages: 3, name: `Concurrent ${Date.now()}` });
    const [x, y] = await Promise.all([inspectOffThread(a.id, fresh, OPTIONS), inspectOffThread(a.id, fresh, OPTIONS)]);
    expect(x).toEqual(y);
    expect(x).toMatchObject({ ok: true, pageCount: 3 });
    expect(checks).toHaveBeenCalledTimes(5);
    checks.mockRestore();
  });

  it("keys an absent constraint scope as the default one", () => {
    expect(inspectCache.key("u", "x", OPTIONS)).toBe(inspectCache.key("u", "x", { ...OPTIONS, constraintScope: "full" }));
    expect(inspectCache.key("u", "x", OPTIONS)).not.toBe(inspectCache.key("u", "x", { ...OPTIONS, constraintScope: "einkpdf" }));
  });

  it("keeps a refused text's errors only, and does not keep a check that failed", async () => {
    const cache = new InspectCache(() => 1024 * 1024);
    let fail = true;
    const check = async (yaml: string) => {
      if (fail) throw new Error("pool busy");
      return { result: inspectDocument(yaml, OPTIONS) };
    };
    const bad = "schema_version: '1.0'\nwidgets: 3\n";
    const key = cache.key("u", bad, OPTIONS);
    await expect(cache.answer(key, bad.length, () => check(bad))).rejects.toThrow("pool busy");
    fail = false;
    const refused = await cache.answer(key, bad.length, () => check(bad));
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics.length).toBeGreaterThan(0);
    expect(refused.diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(await cache.answer(key, bad.length, () => check(bad))).toEqual(refused);
    expect(cache.counts).toEqual({ checked: 2, answered: 1 });
    // A valid text with a warning: answered (first time and after) without it.
    const warned = sampleTemplate({ pages: 1 }).replace("  category: planner", "  category: planner\n  locale: xx-XX");
    expect(inspectDocument(warned, OPTIONS).diagnostics).toContainEqual(expect.objectContaining({ code: "locale_fallback" }));
    const first = await cache.answer(cache.key("u", warned, OPTIONS), warned.length, () => check(warned));
    expect(first).toMatchObject({ ok: true, diagnostics: [] });
    expect(await cache.answer(cache.key("u", warned, OPTIONS), warned.length, () => check(warned))).toEqual(first);
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
