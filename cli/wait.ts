// Waiting for a job with a progress bar on stderr (only on a terminal; pipes and CI get no bar).
import { MultiBar, SingleBar } from "cli-progress";
import type { ApiClient } from "./client";
import type { BatchJson } from "@/lib/jobs/batch-schema";
import type { JobJson } from "@/lib/jobs/schema";

const TERMINAL = new Set(["completed", "failed", "cancelled"]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitForJob(client: ApiClient, jobId: string, opts: { intervalMs?: number; label?: string } = {}): Promise<JobJson> {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: `${opts.label ?? "render"} [{bar}] {percentage}% {phase}`,
        hideCursor: true,
        clearOnComplete: false,
      })
    : null;
  bar?.start(100, 0, { phase: "queued" });
  try {
    for (;;) {
      const job = await client.json<JobJson>("GET", `/api/pdf/jobs/${jobId}`);
      if (bar) {
        const p = job.progress;
        bar.update(p && p.total > 0 ? Math.floor((p.done / p.total) * 100) : job.status === "completed" ? 100 : 0, {
          phase: p?.phase ?? job.status,
        });
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

const percent = (j: { status: string; progress: { done: number; total: number } | null }) =>
  j.status === "completed" ? 100 : j.progress && j.progress.total > 0 ? Math.floor((j.progress.done / j.progress.total) * 100) : 0;

/** Waits for every device of a batch, one progress bar per device. */
export async function waitForBatch(client: ApiClient, batchId: string, intervalMs = 500): Promise<BatchJson> {
  const multi = process.stderr.isTTY
    ? new MultiBar({ stream: process.stderr, format: "{device} [{bar}] {percentage}% {phase}", hideCursor: true })
    : null;
  const bars = new Map<string, ReturnType<MultiBar["create"]>>();
  try {
    for (;;) {
      const batch = await client.json<BatchJson>("GET", `/api/pdf/batches/${batchId}`);
      for (const j of batch.jobs) {
        const payload = { device: (j.profile ?? "default").padEnd(20), phase: j.progress?.phase ?? j.status };
        const bar = bars.get(j.id) ?? multi?.create(100, 0, payload);
        if (bar) bars.set(j.id, bar);
        bar?.update(percent(j), payload);
      }
      if (batch.status !== "pending" && batch.status !== "processing") return batch;
      await sleep(intervalMs);
    }
  } finally {
    multi?.stop();
  }
}
