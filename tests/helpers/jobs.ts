// Helpers for the job-system tests (real database, real child processes).
import { execFileSync, fork } from "node:child_process";
import { PDFDocument } from "pdf-lib";
import { getJobStatus } from "@/lib/db/job-runs";
import type { JobStatus } from "@/lib/job-status";
import type { ChildMessage, ChildRequest, RenderRequest } from "@/lib/render-contract/child-protocol";

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
 * Forks the bundled render child with extra environment, waits for "ready" (then, with `warm`, lets it
 * warm up for `delayMs`), sends one request and resolves with every message once it has answered and
 * been killed (a render child waits for more jobs until its parent kills it).
 */
export async function renderInFreshChild(
  env: Record<string, string>,
  request: RenderRequest,
  delayMs = 0,
  warm = false,
): Promise<ChildMessage[]> {
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
  if (warm) child.send({ type: "warm", allowed: true } satisfies ChildRequest);
  await sleep(delayMs);
  child.send(request);
  while (!messages.some((m) => m.type === "done" || m.type === "error") && child.exitCode === null && child.signalCode === null)
    await sleep(20);
  child.kill("SIGKILL");
  await exited;
  return messages;
}
