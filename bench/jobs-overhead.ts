// npm run bench:jobs-overhead — what the job system adds on top of rendering: for a 2-page and a
// ~400-page document, time from createRenderJob (what POST /api/pdf/jobs calls) to `completed`
// through the local supervisor (child process, progress writes, storage, status updates) versus
// renderDocument called in this process. Prints overhead in ms and %.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { getJobForOwner } from "@/lib/db/jobs";
import { getJobStatus } from "@/lib/db/job-runs";
import { env } from "@/lib/env";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { spareChildReady } from "@/lib/jobs/child-process";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { renderDocument } from "@/lib/render/render";
import { inspectDocument } from "@/lib/templates/inspect";
import { plannerYaml } from "./planner";
import { benchUser, median, sleep } from "./jobs-shared";

const docs = [
  { name: "2-page", yaml: sampleTemplate({ pages: 2 }), runs: 7 },
  { name: "year planner", yaml: plannerYaml("2026-01-01", "2026-12-31"), runs: 5 },
];

async function inProcess(yaml: string): Promise<number> {
  const out = path.join(env.JOBS_DIR, "tmp", `inproc-${Date.now()}.pdf`);
  const t0 = performance.now();
  await renderDocument({ yaml, outputPath: out, strict: false, deterministic: true, maxPages: env.MAX_PDF_PAGES });
  const ms = performance.now() - t0;
  rmSync(out, { force: true });
  return ms;
}

/** Wall time from create to completed, and the child's own render time (its diagnostics' total_ms). */
async function viaJob(ownerId: string, yaml: string): Promise<{ wall: number; render: number }> {
  const t0 = performance.now();
  const job = await createRenderJob(ownerId, { yaml_content: yaml, deterministic: true, strict_mode: false });
  for (;;) {
    const row = await getJobStatus(job.id);
    if (row?.status === "completed") break;
    if (row?.status === "failed" || row?.status === "cancelled") {
      throw new Error(`job ${row.status}: ${(await getJobForOwner(ownerId, job.id))?.errorMessage}`);
    }
    await sleep(5);
  }
  const wall = performance.now() - t0;
  const timings = ((await getJobForOwner(ownerId, job.id))?.diagnostics as { timings?: { total_ms?: number } } | null)?.timings;
  return { wall, render: timings?.total_ms ?? Number.NaN };
}

async function spareIdle() {
  await sleep(100);
  await spareChildReady();
  await sleep(env.PDF_SPARE_WARMUP_MS * 1.3 + 200);
}

async function main() {
  // The spare child and the supervisor's timers are unref'd; keep this process alive while waiting on them.
  const keepAlive = setInterval(() => {}, 60_000);
  mkdirSync(path.join(env.JOBS_DIR, "tmp"), { recursive: true });
  const ownerId = await benchUser();
  const supervisor = startSupervisor({ concurrency: 1, retention: false });
  await sleep(100);
  await spareChildReady(); // as on a running server, the spare child has started
  // Warm the in-process renderer too (module load, fonts), so both sides are compared warm.
  await inProcess(docs[0]!.yaml);

  console.log(`spare child warm-up budget: ${env.PDF_SPARE_WARMUP_MS} ms of CPU (PDF_SPARE_WARMUP_MS)`);
  console.log(
    `${"document".padEnd(14)}${"pages".padStart(6)}${"in-process ms".padStart(15)}${"job ms".padStart(10)}${"overhead ms".padStart(13)}${"overhead %".padStart(12)}`,
  );
  for (const doc of docs) {
    const pages = inspectDocument(doc.yaml, { strict: false, maxPages: env.MAX_PDF_PAGES }).pageCount ?? 0;
    const a: number[] = [];
    const b: number[] = [];
    const inChild: number[] = [];
    for (let i = 0; i < doc.runs; i++) {
      a.push(await inProcess(doc.yaml));
      // Steady state of a server with a moment between jobs: the spare child has started and
      // spent its warm-up budget (PDF_SPARE_WARMUP_MS of CPU) on small renders.
      await spareIdle();
      const job = await viaJob(ownerId, doc.yaml);
      b.push(job.wall);
      inChild.push(job.render);
    }
    const ip = median(a);
    const jb = median(b);
    console.log(
      `${doc.name.padEnd(14)}${String(pages).padStart(6)}${ip.toFixed(0).padStart(15)}${jb.toFixed(0).padStart(10)}${(jb - ip).toFixed(0).padStart(13)}${(((jb - ip) / ip) * 100).toFixed(1).padStart(11)}%`,
    );
    // Every run, in order (in-process, then job): this VM's speed drifts, so the pairs matter.
    console.log(`${"".padEnd(14)}runs: ${a.map((x, i) => `${x.toFixed(0)}/${b[i]!.toFixed(0)}`).join("  ")}`);
    // Where the overhead goes: the render itself in the child (JIT warmth) versus everything around it
    // (queue pickup, IPC, progress writes, storage, status updates).
    const child = median(inChild);
    console.log(
      `${"".padEnd(14)}split: render in the child ${child.toFixed(0)} ms (${child - ip >= 0 ? "+" : ""}${(child - ip).toFixed(0)} vs in-process), around it ${(jb - child).toFixed(0)} ms`,
    );
  }
  await supervisor.stop();
  clearInterval(keepAlive);
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
