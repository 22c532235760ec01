// npm run bench:jobs-overhead — what the job system adds on top of rendering: for a 2-page and a
// 431-page document, time from createRenderJob (what POST /api/pdf/jobs calls) to `completed`
// through the local supervisor (create-time check, child process, progress writes, storage, status
// updates) versus renderDocument called in this process. Two job cases per run:
// - new: a document this server has not checked before (the check cache is emptied first): the
//   create-time check runs, and the render child starts from the document the check compiled;
// - again: the same document submitted again (the check's answer is reused).
// Prints wall time and CPU time (this process, i.e. the web side with its check threads, plus the
// render child that ran the job; the waiting spare's warm-up is not counted). On a shared machine,
// read the CPU columns; wall figures need an idle one.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { getJobForOwner } from "@/lib/db/jobs";
import { getJobStatus } from "@/lib/db/job-runs";
import { env } from "@/lib/env";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { spareChildReady } from "@/lib/jobs/child-process";
import { inspectCache } from "@/lib/jobs/inspect-cache";
import { inspectOffThread } from "@/lib/jobs/inspect-pool";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { renderDocument } from "@/lib/render/render";
import { inspectDocument } from "@/lib/templates/inspect";
import { plannerYaml } from "./planner";
import { benchUser, median, runBench, sleep } from "./jobs-shared";
import { processCpuMs } from "./process-tree-cpu";

const docs = [
  { name: "2-page", yaml: sampleTemplate({ pages: 2 }), runs: 7 },
  { name: "year planner", yaml: plannerYaml("2026-01-01", "2026-12-31"), runs: 5 },
];

type Sample = { wall: number; cpu: number };
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function inProcess(yaml: string): Promise<Sample> {
  const out = path.join(env.JOBS_DIR, "tmp", `inproc-${Date.now()}.pdf`);
  const c0 = cpuNow();
  const t0 = performance.now();
  await renderDocument({ yaml, outputPath: out, strict: false, deterministic: true, maxPages: env.MAX_PDF_PAGES });
  const sample = { wall: performance.now() - t0, cpu: cpuNow() - c0 };
  rmSync(out, { force: true });
  return sample;
}

// The render child of the job being measured, and its CPU when it took the job.
const taken: { child: { pid: number; cpuAtStart: number } | null } = { child: null };

/**
 * Create → completed: wall (from before the create call to the row's completed_at, so how often this
 * bench polls does not move it), CPU (this process + the job's child) and the child's own render time.
 */
async function viaJob(ownerId: string, yaml: string): Promise<Sample & { render: number }> {
  taken.child = null;
  const c0 = cpuNow();
  const t0 = Date.now();
  const job = await createRenderJob(ownerId, { yaml_content: yaml, deterministic: true, strict_mode: false });
  for (;;) {
    const row = await getJobStatus(job.id);
    if (row?.status === "completed") break;
    if (row?.status === "failed" || row?.status === "cancelled") {
      throw new Error(`job ${row.status}: ${(await getJobForOwner(ownerId, job.id))?.errorMessage}`);
    }
    // Sparse polls: each one is CPU in this process, counted as the job's.
    await sleep(25);
  }
  // The child is kept for this owner's next job, so it is still there to read.
  const child = taken.child as { pid: number; cpuAtStart: number } | null; // set by onSpawn meanwhile
  const cpu = cpuNow() - c0 + (child ? processCpuMs(child.pid) - child.cpuAtStart : Number.NaN);
  const row = await getJobForOwner(ownerId, job.id);
  const timings = (row?.diagnostics as { timings?: { total_ms?: number } } | null)?.timings;
  return { wall: row!.completedAt!.getTime() - t0, cpu, render: timings?.total_ms ?? Number.NaN };
}

async function spareIdle() {
  await sleep(100);
  await spareChildReady();
  await sleep(env.PDF_SPARE_WARMUP_MS * 1.3 + 200);
}

const pct = (x: number, base: number) => `${x - base >= 0 ? "+" : ""}${(((x - base) / base) * 100).toFixed(1)}%`;
const ms = (x: number) => x.toFixed(0);

async function main() {
  // The spare child and the supervisor's timers are unref'd; keep this process alive while waiting on them.
  const keepAlive = setInterval(() => {}, 60_000);
  mkdirSync(path.join(env.JOBS_DIR, "tmp"), { recursive: true });
  const ownerId = await benchUser();
  const supervisor = startSupervisor({
    concurrency: 1,
    retention: false,
    onSpawn: (_jobId, pid) => (taken.child = { pid, cpuAtStart: processCpuMs(pid) }),
  });
  await sleep(100);
  await spareChildReady(); // as on a running server, the spare child has started
  // Warm the in-process renderer too (module load, fonts), so both sides are compared warm.
  await inProcess(docs[0]!.yaml);
  // And the check thread, as on a server that has checked documents before: its first checks of a
  // year planner cost 2–6× a warm one (JIT). Printed, not counted.
  for (const doc of docs) {
    const checks: number[] = [];
    for (let i = 0; i < 3; i++) {
      inspectCache.clear();
      const c0 = cpuNow();
      await inspectOffThread(ownerId, doc.yaml, { strict: false, maxPages: env.MAX_PDF_PAGES, constraintScope: "full" });
      checks.push(cpuNow() - c0);
    }
    console.log(`check thread warm-up, ${doc.name}: ${checks.map(ms).join(" / ")} ms CPU (not counted)`);
  }

  console.log(
    `spare child warm-up budget: ${env.PDF_SPARE_WARMUP_MS} ms of CPU (PDF_SPARE_WARMUP_MS); check cache ${env.INSPECT_CACHE_MB} MB`,
  );
  console.log(
    `${"document".padEnd(14)}${"pages".padStart(6)}${"".padStart(9)}${"in-process ms".padStart(15)}${"job ms".padStart(10)}${"overhead".padStart(18)}${"in-process CPU".padStart(16)}${"job CPU".padStart(9)}${"overhead CPU".padStart(18)}`,
  );
  for (const doc of docs) {
    const pages = inspectDocument(doc.yaml, { strict: false, maxPages: env.MAX_PDF_PAGES }).pageCount ?? 0;
    const base: Sample[] = [];
    const cases = { new: [] as (Sample & { render: number })[], again: [] as (Sample & { render: number })[] };
    for (let i = 0; i < doc.runs; i++) {
      base.push(await inProcess(doc.yaml));
      // Steady state of a server with a moment between jobs: the spare child has started and
      // spent its warm-up budget (PDF_SPARE_WARMUP_MS of CPU) on small renders.
      await spareIdle();
      inspectCache.clear();
      cases.new.push(await viaJob(ownerId, doc.yaml));
      await spareIdle();
      cases.again.push(await viaJob(ownerId, doc.yaml));
    }
    const ip = { wall: median(base.map((s) => s.wall)), cpu: median(base.map((s) => s.cpu)) };
    for (const [name, runs] of Object.entries(cases)) {
      const jb = { wall: median(runs.map((s) => s.wall)), cpu: median(runs.map((s) => s.cpu)) };
      console.log(
        `${(name === "new" ? doc.name : "").padEnd(14)}${(name === "new" ? String(pages) : "").padStart(6)}${name.padStart(9)}${ms(ip.wall).padStart(15)}${ms(jb.wall).padStart(10)}${`${ms(jb.wall - ip.wall)} ms ${pct(jb.wall, ip.wall)}`.padStart(18)}${ms(ip.cpu).padStart(16)}${ms(jb.cpu).padStart(9)}${`${ms(jb.cpu - ip.cpu)} ms ${pct(jb.cpu, ip.cpu)}`.padStart(18)}`,
      );
      // Every run, in order (in-process, then job): this VM's speed drifts, so the pairs matter.
      console.log(`${"".padEnd(29)}runs, wall: ${base.map((x, i) => `${ms(x.wall)}/${ms(runs[i]!.wall)}`).join("  ")}`);
      console.log(`${"".padEnd(29)}runs, CPU:  ${base.map((x, i) => `${ms(x.cpu)}/${ms(runs[i]!.cpu)}`).join("  ")}`);
      // Where the overhead goes: the render in the child (from its job's start) versus everything
      // around it (create-time check, queue pickup, status updates).
      const render = median(runs.map((s) => s.render));
      console.log(`${"".padEnd(29)}split: render in the child ${ms(render)} ms, around it ${ms(jb.wall - render)} ms`);
    }
  }
  await supervisor.stop();
  clearInterval(keepAlive);
}

runBench(main);
