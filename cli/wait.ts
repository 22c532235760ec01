// Waiting for a job with a progress bar on stderr (only on a terminal; pipes and CI get no bar).
import { SingleBar } from "cli-progress";
import type { ApiClient } from "./client";
import type { JobJson } from "@/lib/jobs/schema";

const TERMINAL = new Set(["completed", "failed", "cancelled"]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitForJob(client: ApiClient, jobId: string, opts: { intervalMs?: number; label?: string } = {}): Promise<JobJson> {
  const bar = process.stderr.isTTY
    ? new SingleBar({ stream: process.stderr, format: `${opts.label ?? "render"} [{bar}] {percentage}% {phase}`, hideCursor: true, clearOnComplete: false })
    : null;
  bar?.start(100, 0, { phase: "queued" });
  try {
    for (;;) {
      const job = await client.json<JobJson>("GET", `/api/pdf/jobs/${jobId}`);
      if (bar) {
        const p = job.progress;
        bar.update(p && p.total > 0 ? Math.floor((p.done / p.total) * 100) : job.status === "completed" ? 100 : 0, { phase: p?.phase ?? job.status });
      }
      if (TERMINAL.has(job.status)) {
        if (job.status === "completed") bar?.update(100, { phase: `${job.page_count} pages` });
        return job;
      }
      await sleep(opts.intervalMs ?? 500);
    }
  } finally {
    bar?.stop();
  }
}
