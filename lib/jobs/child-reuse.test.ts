// Reuse of render children (lib/jobs/child-process.ts) with real child processes: a child renders
// consecutive jobs of one owner only, a crash ends only the crashed job, and children are recycled
// after N jobs or when their memory has grown.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  renderInChild,
  setTestChildReuse,
  setTestRenderDelay,
  shutdownSpareChild,
  type RenderInChildOptions,
} from "@/lib/jobs/child-process";
import { ensureRenderChildBuilt, pdfPageCount, pidAlive, sleep } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";

let dir: string;
let n = 0;
beforeAll(() => {
  ensureRenderChildBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "inkset-child-reuse-"));
});
afterEach(() => {
  setTestRenderDelay(null);
  setTestChildReuse(null);
  shutdownSpareChild();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders a two-page job for `ownerId`; resolves with the child's pid and the output file. */
async function render(ownerId: string, extra: Partial<RenderInChildOptions> = {}) {
  let pid = 0;
  const outputPath = path.join(dir, `${ownerId}-${++n}.pdf`);
  const result = await renderInChild({
    yaml: sampleTemplate({ pages: 2, name: `Planner of ${ownerId}` }),
    outputPath,
    options: { strict: false, deterministic: true, maxPages: 10 },
    timeoutSeconds: 60,
    ownerId,
    onSpawn: (p) => (pid = p),
    ...extra,
  });
  return { pid, result, outputPath };
}

describe("render child reuse", () => {
  it("reuses a child for the same owner's next job, never for another owner's", async () => {
    setTestChildReuse({ keptIdleMs: 600_000 }); // renders can take many seconds on a loaded machine
    const a1 = await render("owner-a");
    const a2 = await render("owner-a");
    expect(a2.pid).toBe(a1.pid);
    expect(await pdfPageCount(readFileSync(a2.outputPath))).toBe(2);

    const b1 = await render("owner-b");
    expect(b1.pid).not.toBe(a1.pid);
    const a3 = await render("owner-a");
    const b2 = await render("owner-b");
    expect(a3.pid).toBe(a1.pid);
    expect(b2.pid).toBe(b1.pid);
    // A job without an owner always gets a child of its own.
    const anonymous = await render("owner-a", { ownerId: undefined });
    expect([a1.pid, b1.pid]).not.toContain(anonymous.pid);
    expect(await render("owner-a").then((r) => r.pid)).toBe(a1.pid);
  }, 120_000);

  it("a crashed child fails only its job; the next job, and another owner's job meanwhile, render", async () => {
    setTestChildReuse({ keptIdleMs: 600_000 }); // reuse on (the test environment turns PDF_CHILD_REUSE off)
    const first = await render("owner-a");
    setTestRenderDelay(4000);
    const crashing = render("owner-a").catch((e: unknown) => e);
    await sleep(300);
    // Another owner's job runs at the same time in its own child.
    const other = render("owner-b");
    await sleep(700);
    expect(pidAlive(first.pid)).toBe(true); // the crashing job got the kept child
    process.kill(first.pid, "SIGKILL");
    expect(((await crashing) as Error).message).toBe("The renderer process stopped unexpectedly");
    expect(pidAlive(first.pid)).toBe(false);
    setTestRenderDelay(null);
    expect((await other).result.pageCount).toBe(2);
    const next = await render("owner-a");
    expect(next.pid).not.toBe(first.pid);
    expect(next.result.pageCount).toBe(2);
  }, 120_000);

  it("a job that fails ends its child: the next job starts fresh", async () => {
    setTestChildReuse({ keptIdleMs: 600_000 }); // reuse on (the test environment turns PDF_CHILD_REUSE off)
    const first = await render("owner-a");
    const refused = await render("owner-a", { yaml: sampleTemplate({ pages: 12 }) }).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/pages/);
    expect(pidAlive(first.pid)).toBe(false);
    expect((await render("owner-a")).pid).not.toBe(first.pid);
  }, 120_000);

  it("recycles a child after N jobs, and a child whose memory has grown past the bound", async () => {
    setTestChildReuse({ maxJobs: 3, keptIdleMs: 600_000 });
    const pids: number[] = [];
    for (let i = 0; i < 4; i++) pids.push((await render("owner-a")).pid);
    expect(new Set(pids.slice(0, 3)).size).toBe(1);
    expect(pids[3]).not.toBe(pids[0]);
    await vi.waitFor(() => expect(pidAlive(pids[0]!)).toBe(false));

    // A 100 MB heap cap bounds resident memory at 50 MB, which a loaded renderer always exceeds.
    const small = await render("owner-c", { memoryMb: 100 });
    const again = await render("owner-c", { memoryMb: 100 });
    expect(again.pid).not.toBe(small.pid);
    await vi.waitFor(() => expect(pidAlive(small.pid)).toBe(false));
  }, 120_000);

  it("keeps a child for the owner's next preview (keepForOwner) even with reuse off; a job's child still ends", async () => {
    const job = await render("owner-d");
    await vi.waitFor(() => expect(pidAlive(job.pid)).toBe(false));
    const p1 = await render("owner-d", { keepForOwner: true });
    const p2 = await render("owner-d", { keepForOwner: true });
    expect(p2.pid).toBe(p1.pid);
    expect(await pdfPageCount(readFileSync(p2.outputPath))).toBe(2);
    // Never another owner's.
    const other = await render("owner-e", { keepForOwner: true });
    expect(other.pid).not.toBe(p1.pid);
  }, 120_000);
});
