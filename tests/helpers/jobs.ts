// Helpers for the job-system tests (real database, real child processes).
import { execFileSync, fork } from "node:child_process";
import { PDFDocument } from "pdf-lib";
import { getJobStatus } from "@/lib/db/job-runs";
import type { JobStatus } from "@/lib/job-status";
import type { ChildMessage, ChildRequest } from "@/lib/render-contract/child-protocol";

export async function waitForStatus(jobId: string, want: JobStatus[], timeoutMs = 30_000): Promise<JobStatus> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const row = await getJobStatus(jobId);
    if (row && want.includes(row.status)) return row.status;
    if (Date.now() > until) throw new Error(`job ${jobId} is ${row?.status ?? "missing"}, wanted ${want.join("|")}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True while a process with this pid exists (signal 0 only checks). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}

let built = false;
/** Test files fork dist/render-child.mjs; on a clean clone vitest runs before any build. */
export function ensureRenderChildBuilt() {
  if (built) return;
  execFileSync("node", ["scripts/build-workers.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
  built = true;
}

/**
 * Forks the bundled render child with extra environment, waits for "ready" (and `delayMs` more),
 * sends one request and resolves with every message once the child has exited.
 */
export async function renderInFreshChild(env: Record<string, string>, request: ChildRequest, delayMs = 0): Promise<ChildMessage[]> {
  ensureRenderChildBuilt();
  const child = fork("dist/render-child.mjs", [], {
    env: { ...process.env, NODE_ENV: "test", ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  });
  const messages: ChildMessage[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.on("message", (m: ChildMessage) => messages.push(m));
  while (!messages.some((m) => m.type === "ready")) await sleep(20);
  await sleep(delayMs);
  child.send(request);
  await exited;
  return messages;
}
