// npm run bench:throughput -- [--jobs 100] [--sequential 15] [--port 3390 | --url http://…] [--in-process [--concurrency N]]
// What users feel from the job system with small documents:
// - burst: N two-page jobs POSTed at once, drained by the render worker: jobs/s from the first
//   created_at to the last completed_at (the jobs' own timestamps);
// - sequential: one job at a time on an otherwise idle server (a short pause between jobs, as between
//   a user's clicks): created→completed p50/p95 from the job rows' own timestamps.
// By default through the real API: a production `next start` of this checkout (built first if there
// is no build) with the local worker in the server process, a bench user and its personal token, and
// plain HTTP requests. --url uses a server already running on this bench's database instead.
// --in-process calls createRenderJob (what POST /api/pdf/jobs calls) and runs the supervisor in this
// process: no build needed, no HTTP, auth or request parsing (those are what bench:api-load measures).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { benchToken, benchUser, median, percentile, runBench, sleep } from "./jobs-shared";
import { startNextServer, type BenchServer } from "./next-server";

type Times = { created: number; completed: number };
/** Queues one two-page job; resolves with its id once the server has answered. */
type Submit = () => Promise<string>;

/**
 * Waits for jobs with one query every `everyMs`: polling each job on its own (100 jobs × every 5 ms)
 * made this process's database work, not the job system, the bottleneck being measured. Reads the
 * server's database directly, so the waiting adds no requests to the server under test.
 */
async function allSettled(ids: string[], everyMs: number): Promise<Times[]> {
  for (;;) {
    const open = await db.pdfJob.count({ where: { id: { in: ids }, status: { in: ["pending", "processing"] } } });
    if (open === 0) break;
    await sleep(everyMs);
  }
  const rows = await db.pdfJob.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, errorMessage: true, createdAt: true, completedAt: true },
  });
  const bad = rows.find((r) => r.status !== "completed");
  if (bad) throw new Error(`job ${bad.id} ${bad.status}: ${bad.errorMessage}`);
  return rows.map((r) => ({ created: r.createdAt.getTime(), completed: r.completedAt!.getTime() }));
}

const input = { yaml_content: sampleTemplate({ pages: 2, name: "Throughput" }), deterministic: true, strict_mode: false };

async function inProcessSubmitter(
  ownerId: string,
  concurrency: number,
): Promise<{ submit: Submit; stop(): Promise<void>; describe: string }> {
  const { spareChildReady } = await import("@/lib/jobs/child-process");
  const { createRenderJob } = await import("@/lib/jobs/enqueue");
  const { startSupervisor } = await import("@/lib/jobs/supervisor");
  const supervisor = startSupervisor({ concurrency, retention: false, webhooks: false });
  await sleep(100);
  await spareChildReady();
  return {
    submit: async () => (await createRenderJob(ownerId, input)).id,
    stop: () => supervisor.stop(),
    describe: `in-process (createRenderJob + the supervisor in the bench), render concurrency ${concurrency}`,
  };
}

async function httpSubmitter(server: { url: string }): Promise<{ submit: Submit; describe: string }> {
  const headers = { authorization: `Bearer ${await benchToken()}`, "content-type": "application/json" };
  const body = JSON.stringify(input);
  return {
    submit: async () => {
      const res = await fetch(`${server.url}/api/pdf/jobs`, { method: "POST", headers, body });
      if (res.status !== 201) throw new Error(`POST /api/pdf/jobs answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    describe: `HTTP: POST /api/pdf/jobs with a personal token to next start at ${server.url} (local worker in the server)`,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      jobs: { type: "string" },
      sequential: { type: "string" },
      concurrency: { type: "string" },
      "in-process": { type: "boolean" },
      url: { type: "string" },
      port: { type: "string" },
    },
  });
  const burst = Number(values.jobs ?? 100);
  const sequential = Number(values.sequential ?? 15);
  // The spare child and the supervisor's timers are unref'd; keep this process alive while waiting on them.
  const keepAlive = setInterval(() => {}, 60_000);
  mkdirSync(path.join(env.JOBS_DIR, "tmp"), { recursive: true });
  const ownerId = await benchUser();

  let server: BenchServer | null = null;
  let stopInProcess: (() => Promise<void>) | null = null;
  let submit: Submit;
  let describe: string;
  if (values["in-process"]) {
    const s = await inProcessSubmitter(ownerId, Number(values.concurrency ?? env.PDF_WORKER_CONCURRENCY));
    ({ submit, describe } = s);
    stopInProcess = s.stop;
  } else {
    // A burst of one user's jobs is more writes a minute than the API's default rate limit allows.
    server = values.url ? null : await startNextServer(Number(values.port ?? 3390), { RATE_LIMIT_WRITE_PER_MINUTE: "1000000" });
    ({ submit, describe } = await httpSubmitter(server ?? { url: values.url! }));
  }
  try {
    // The server's own JIT, the render child's start and the token cache; not counted.
    await allSettled([await submit(), await submit()], 5);
    await sleep(1000);

    const ids = await Promise.all(Array.from({ length: burst }, () => submit()));
    const burstTimes = await allSettled(ids, 20);
    const first = Math.min(...burstTimes.map((t) => t.created));
    const last = Math.max(...burstTimes.map((t) => t.completed));
    const seconds = (last - first) / 1000;

    await sleep(2000); // the queue is empty again: an idle server
    const latencies: number[] = [];
    for (let i = 0; i < sequential; i++) {
      const [t] = await allSettled([await submit()], 5);
      latencies.push(t!.completed - t!.created);
      await sleep(1000);
    }

    console.log(describe);
    console.log(
      `spare child ${env.PDF_SPARE_CHILD ? "on" : "off"}, warm-up budget ${env.PDF_SPARE_WARMUP_MS} ms, child reuse ${env.PDF_CHILD_REUSE ? "on" : "off"}, ${env.databaseProvider}`,
    );
    console.log(
      `burst:      ${burst} two-page jobs queued at once drained in ${seconds.toFixed(2)} s: ${(burst / seconds).toFixed(2)} jobs/s`,
    );
    console.log(
      `sequential: ${sequential} single two-page jobs, created→completed p50 ${median(latencies).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
    );
    console.log(`            runs: ${latencies.map((x) => x.toFixed(0)).join(" ")}`);
  } finally {
    await stopInProcess?.();
    server?.stop();
  }
  clearInterval(keepAlive);
}

runBench(main);
