// npm run bench:throughput -- [--jobs 40] [--sequential 15] [--concurrency N]
// What users feel from the job system with small documents:
// - burst: N two-page jobs queued at once (createRenderJob, what POST /api/pdf/jobs calls) and drained
//   by the local supervisor: jobs/s from the first created_at to the last completed_at;
// - sequential: one job at a time on an otherwise idle supervisor (a short pause between jobs, as
//   between a user's clicks): created→completed p50/p95 from the job rows' own timestamps.
// Runs the supervisor in this process on its own database (the npm script sets it up and raises the
// bench user's quotas), so it needs no `next build`; the request path it skips (HTTP, auth, zod) is
// measured by bench:api-load.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { getJobStatus } from "@/lib/db/job-runs";
import { getJobForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { spareChildReady } from "@/lib/jobs/child-process";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { benchUser, median, percentile, sleep } from "./jobs-shared";

type Times = { created: number; completed: number };

async function settled(ownerId: string, jobId: string): Promise<Times> {
  for (;;) {
    const status = (await getJobStatus(jobId))?.status;
    if (status === "completed") {
      const row = await getJobForOwner(ownerId, jobId);
      return { created: row!.createdAt.getTime(), completed: row!.completedAt!.getTime() };
    }
    if (status === "failed" || status === "cancelled")
      throw new Error(`job ${jobId} ${status}: ${(await getJobForOwner(ownerId, jobId))?.errorMessage}`);
    await sleep(5);
  }
}

/**
 * Waits for a whole burst with one query every 20 ms: polling each job on its own (100 jobs × every
 * 5 ms) made this process's database work, not the job system, the bottleneck being measured.
 */
async function allSettled(ids: string[]): Promise<Times[]> {
  for (;;) {
    const open = await db.pdfJob.count({ where: { id: { in: ids }, status: { in: ["pending", "processing"] } } });
    if (open === 0) break;
    await sleep(20);
  }
  const rows = await db.pdfJob.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, createdAt: true, completedAt: true },
  });
  const bad = rows.find((r) => r.status !== "completed");
  if (bad) throw new Error(`job ${bad.id} ${bad.status}`);
  return rows.map((r) => ({ created: r.createdAt.getTime(), completed: r.completedAt!.getTime() }));
}

async function main() {
  const { values } = parseArgs({ options: { jobs: { type: "string" }, sequential: { type: "string" }, concurrency: { type: "string" } } });
  const burst = Number(values.jobs ?? 40);
  const sequential = Number(values.sequential ?? 15);
  const concurrency = Number(values.concurrency ?? env.PDF_WORKER_CONCURRENCY);
  // The spare child and the supervisor's timers are unref'd; keep this process alive while waiting on them.
  const keepAlive = setInterval(() => {}, 60_000);
  mkdirSync(path.join(env.JOBS_DIR, "tmp"), { recursive: true });
  const ownerId = await benchUser();
  const input = { yaml_content: sampleTemplate({ pages: 2, name: "Throughput" }), deterministic: true, strict_mode: false };
  const supervisor = startSupervisor({ concurrency, retention: false, webhooks: false });
  await sleep(100);
  await spareChildReady();
  await settled(ownerId, (await createRenderJob(ownerId, input)).id); // this process's own JIT; not counted

  const created = [];
  for (let i = 0; i < burst; i++) created.push(await createRenderJob(ownerId, input));
  const burstTimes = await allSettled(created.map((j) => j.id));
  const first = Math.min(...burstTimes.map((t) => t.created));
  const last = Math.max(...burstTimes.map((t) => t.completed));
  const seconds = (last - first) / 1000;

  await supervisor.idle();
  await sleep(2000); // the queue is empty again: an idle server
  const latencies: number[] = [];
  for (let i = 0; i < sequential; i++) {
    const t = await settled(ownerId, (await createRenderJob(ownerId, input)).id);
    latencies.push(t.completed - t.created);
    await sleep(1000);
  }

  console.log(
    `render concurrency ${concurrency}, spare child ${env.PDF_SPARE_CHILD ? "on" : "off"}, warm-up budget ${env.PDF_SPARE_WARMUP_MS} ms, ${env.databaseProvider}`,
  );
  console.log(
    `burst:      ${burst} two-page jobs queued at once drained in ${seconds.toFixed(1)} s: ${(burst / seconds).toFixed(2)} jobs/s`,
  );
  console.log(
    `sequential: ${sequential} single two-page jobs, created→completed p50 ${median(latencies).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );
  console.log(`            runs: ${latencies.map((x) => x.toFixed(0)).join(" ")}`);
  await supervisor.stop();
  clearInterval(keepAlive);
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
