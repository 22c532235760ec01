// npm run bench:pickup — pending → processing latency on an idle supervisor, median of 20.
// "poll": the row is written as another process would (no in-process signal), so the supervisor
// finds it at its next poll (JOB_POLL_INTERVAL_MS). "signal": createRenderJob in the supervisor's
// process (the web server with PDF_RUNNER=local), which wakes it at once.
import { cancelJobForOwner, createJob, getJobForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { benchUser, median, percentile, sleep } from "./jobs-shared";

const RUNS = 20;

async function pickupMs(ownerId: string, jobId: string): Promise<number> {
  for (;;) {
    const row = await getJobForOwner(ownerId, jobId);
    if (row?.startedAt) {
      await cancelJobForOwner(ownerId, jobId); // only the pickup is measured
      return row.startedAt.getTime() - row.createdAt.getTime();
    }
    await sleep(2);
  }
}

async function main() {
  const ownerId = await benchUser();
  const yaml = sampleTemplate({ pages: 1 });
  const supervisor = startSupervisor({ concurrency: 1, retention: false });
  await sleep(2000);
  const results: Record<string, number[]> = { poll: [], signal: [] };
  for (let i = 0; i < RUNS; i++) {
    const polled = await createJob({ ownerId, title: "pickup", yamlContent: yaml, deterministic: true, strictMode: false });
    results.poll!.push(await pickupMs(ownerId, polled.id));
    await supervisor.idle();
    await sleep(150);
    const signalled = await createRenderJob(ownerId, { yaml_content: yaml, deterministic: true, strict_mode: false });
    results.signal!.push(await pickupMs(ownerId, signalled.id));
    await supervisor.idle();
    await sleep(150);
  }
  console.log(
    `pickup latency, pending → processing, ${RUNS} runs each (poll interval ${env.JOB_POLL_INTERVAL_MS} ms, ${env.databaseProvider})`,
  );
  for (const [name, xs] of Object.entries(results)) {
    console.log(
      `  ${name.padEnd(7)} median ${median(xs).toFixed(0)} ms   p90 ${percentile(xs, 90).toFixed(0)} ms   max ${Math.max(...xs).toFixed(0)} ms`,
    );
  }
  await supervisor.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
