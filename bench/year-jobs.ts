// N year-planner jobs (argv[2], default 3), each a document this process has not checked before,
// through createRenderJob and the local supervisor, then exit: a whole process to time from outside
// (`/usr/bin/time -v`), in alternating pairs with and without INSPECT_CACHE_MB=0 (the check's compiled
// document handed to the render child, or not). bench/RESULTS-jobs.md has the environment used
// (a fresh child per job, no spare: every child is reaped, so its CPU is in the figure).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { getJobStatus } from "@/lib/db/job-runs";
import { env } from "@/lib/env";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { inspectCache } from "@/lib/jobs/inspect-cache";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { plannerYaml } from "./planner";
import { benchUser, runBench, sleep } from "./jobs-shared";

runBench(async () => {
  const keepAlive = setInterval(() => {}, 60_000);
  mkdirSync(path.join(env.JOBS_DIR, "tmp"), { recursive: true });
  const ownerId = await benchUser();
  const supervisor = startSupervisor({ concurrency: 1, retention: false, webhooks: false });
  const yaml = plannerYaml("2026-01-01", "2026-12-31");
  for (let i = 0; i < Number(process.argv[2] ?? 3); i++) {
    inspectCache.clear();
    const job = await createRenderJob(ownerId, { yaml_content: yaml, deterministic: true, strict_mode: false });
    for (;;) {
      const s = (await getJobStatus(job.id))?.status;
      if (s === "completed") break;
      if (s === "failed") throw new Error("failed");
      await sleep(25);
    }
  }
  await supervisor.stop();
  await sleep(300); // let the last child be reaped
  clearInterval(keepAlive);
});
