// The inspection memo in front of the worker pool: remembered by owner, options and text; bounded;
// concurrent asks for one text share one inspection. The inspection itself is the real one, run in
// this thread instead of the pool.
import { describe, expect, it } from "vitest";
import { inspectDocument, type InspectOptions } from "@/lib/templates/inspect";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { InspectionMemo, memoKey } from "./inspect-memo";

const options: InspectOptions = { strict: false, maxPages: 1000 };

function memo(maxEntries = 4) {
  const asked: string[] = [];
  const m = new InspectionMemo(async (owner, yaml, opts) => {
    asked.push(owner);
    return inspectDocument(yaml, opts);
  }, maxEntries);
  return { m, asked };
}

describe("InspectionMemo", () => {
  it("inspects a text once per owner and options, and again when any of them changes", async () => {
    const { m } = memo();
    const yaml = sampleTemplate({ pages: 2 });
    const first = await m.inspectRemembered("u1", yaml, options);
    expect(first).toMatchObject({ ok: true, pageCount: 2 });
    expect(await m.inspectRemembered("u1", yaml, options)).toEqual(first);
    expect(m.counts).toEqual({ inspected: 1, remembered: 1 });
    await m.inspectRemembered("u2", yaml, options);
    await m.inspectRemembered("u1", yaml, { ...options, profile: "remarkable-2" });
    await m.inspectRemembered("u1", yaml, { ...options, strict: true });
    await m.inspectRemembered("u1", `${yaml}\n# edited\n`, options);
    expect(m.counts.inspected).toBe(5);
  });

  it("keys an absent constraint scope as the default one", () => {
    expect(memoKey("u", "x", options)).toBe(memoKey("u", "x", { ...options, constraintScope: "full" }));
    expect(memoKey("u", "x", options)).not.toBe(memoKey("u", "x", { ...options, constraintScope: "einkpdf" }));
  });

  it("forgets the least recently used beyond its size", async () => {
    const { m } = memo(2);
    const [a, b, c] = [1, 2, 3].map((n) => sampleTemplate({ pages: n }));
    await m.inspectRemembered("u", a!, options);
    await m.inspectRemembered("u", b!, options);
    await m.inspectRemembered("u", a!, options); // a is now the most recent
    await m.inspectRemembered("u", c!, options); // evicts b
    expect(m.size).toBe(2);
    const before = m.counts.inspected;
    await m.inspectRemembered("u", a!, options);
    expect(m.counts.inspected).toBe(before);
    await m.inspectRemembered("u", b!, options);
    expect(m.counts.inspected).toBe(before + 1);
  });

  it("shares one inspection between concurrent asks for the same text", async () => {
    const { m, asked } = memo();
    const yaml = sampleTemplate({ pages: 3 });
    const [x, y] = await Promise.all([m.inspectRemembered("u", yaml, options), m.inspectRemembered("u", yaml, options)]);
    expect(x).toEqual(y);
    expect(asked).toHaveLength(1);
  });

  it("keeps the errors of a refused text, and does not remember a failed inspection", async () => {
    let fail = true;
    const m = new InspectionMemo(async (_o, yaml, opts) => {
      if (fail) throw new Error("pool busy");
      return inspectDocument(yaml, opts);
    });
    const bad = "schema_version: '1.0'\nwidgets: 3\n";
    await expect(m.inspectRemembered("u", bad, options)).rejects.toThrow("pool busy");
    fail = false;
    const refused = await m.inspectRemembered("u", bad, options);
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics.length).toBeGreaterThan(0);
    expect(refused.diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(m.counts.inspected).toBe(2);
  });
});
