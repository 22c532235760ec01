// npm run bench:job-memory — peak memory per process of one large job through the job system: the
// 986-page planner (`bench:render -- --max`'s document) created with createRenderJob (what POST
// /api/pdf/jobs calls: its check in a worker thread of this process, whose compiled form is kept for
// the render) and rendered by the local supervisor in a render child. Prints the peak resident memory
// of this process (the web side) and of the render child (its VmHWM), against the 400 MB per process
// the job system is held to. Cross-check with `/usr/bin/time -v` (its maximum is the largest process).
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getJobStatus } from "@/lib/db/job-runs";
import { getJobForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { spareChildReady } from "@/lib/jobs/child-process";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { benchUser, runBench, sleep } from "./jobs-shared";
import { plannerYaml, SIZES } from "./planner";

const LIMIT_MB = 400;

/** Peak resident memory of a live process, MB (Linux /proc). */
function peakMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Math.round(Number(kb) / 1024);
}

async function main() {
  const keepAlive = setInterval(() => {}, 60_000);
  mkdirSync(path.join(env.JOBS_DIR, "tmp"), { recursive: true });
  const ownerId = await benchUser();
  let childPid = 0;
  const supervisor = startSupervisor({ concurrency: 1, retention: false, webhooks: false, onSpawn: (_id, pid) => (childPid = pid) });
  await sleep(100);
  await spareChildReady();
  const [start, end] = SIZES.max;
  const job = await createRenderJob(ownerId, { yaml_content: plannerYaml(start, end), deterministic: true, strict_mode: false });
  for (;;) {
    const status = (await getJobStatus(job.id))?.status;
    if (status === "completed") break;
    if (status === "failed" || status === "cancelled")
      throw new Error(`job ${status}: ${(await getJobForOwner(ownerId, job.id))?.errorMessage}`);
    await sleep(20);
  }
  // The child is kept for this owner's next job, so its peak is still readable.
  const rows: [string, number][] = [
    ["web side (this process)", Math.round(process.resourceUsage().maxRSS / 1024)],
    ["render child", peakMb(childPid)],
  ];
  const pages = (await getJobForOwner(ownerId, job.id))?.pageCount;
  console.log(`one ${pages}-page job, heap cap of the render child ${env.MAX_PDF_MEMORY_MB} MB; peak resident memory per process:`);
  for (const [name, mb] of rows)
    console.log(`  ${name.padEnd(26)}${String(mb).padStart(5)} MB  ${mb < LIMIT_MB ? "under" : "OVER"} ${LIMIT_MB} MB`);
  await supervisor.stop();
  clearInterval(keepAlive);
}

runBench(main);
