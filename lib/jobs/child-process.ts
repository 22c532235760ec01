// Runs one render in its own Node process: heap cap, hard timeout, cancel by SIGKILL, progress
// over IPC. A spare child is started ahead of time and used for exactly one render, then a new
// spare is started, so a small job does not pay the ~0.5 s cold start.
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { env, renderChildEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ChildBudgetQueue } from "@/lib/jobs/child-budget";
import { memoryMessage, timeoutMessage } from "@/lib/jobs/limits";
import { logger } from "@/lib/log";
import type { ChildMessage, ChildRequest } from "@/lib/render-contract/child-protocol";
import type { RenderOptions, RenderProgress, RenderResult } from "@/lib/render-contract/types";
import { TemplateRenderError } from "@/lib/render-contract/types";

const log = logger.child({ module: "render-child" });

// turbopackIgnore: the bundle is built by scripts/build-workers.mjs, not by Next.
const CHILD_ENTRY = () => path.join(/* turbopackIgnore: true */ process.cwd(), "dist", "render-child.mjs");

export class RenderCancelledError extends Error {
  constructor() {
    super("render cancelled");
    this.name = "RenderCancelledError";
  }
}


const STARTUP_TIMEOUT_MS = 60_000;

type Spawned = { child: ChildProcess; ready: Promise<void>; stderrTail: () => string; memoryMb: number };

// Renders are batch work: below the web server's priority, so API requests and page loads stay
// quick while every core is busy rendering (the render still gets all idle CPU).
const RENDER_CHILD_NICENESS = 10;

function lowerPriority(pid: number | undefined) {
  if (pid === undefined) return;
  try {
    os.setPriority(pid, RENDER_CHILD_NICENESS);
  } catch {
    // Not permitted on some platforms/containers; rendering at normal priority is still correct.
  }
}

function spawnChild(memoryMb: number): Spawned {
  const child = fork(CHILD_ENTRY(), [], {
    execArgv: [`--max-old-space-size=${memoryMb}`],
    // An allowlist, never the server's own environment (secrets stay in the web process).
    env: renderChildEnv() as NodeJS.ProcessEnv,
    stdio: ["ignore", "inherit", "pipe", "ipc"],
    serialization: "advanced",
  });
  lowerPriority(child.pid);
  let tail = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-4096);
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: ChildMessage) => {
      if (m.type !== "ready") return;
      cleanup();
      resolve();
    };
    const onExit = () => {
      cleanup();
      reject(new AppError("INTERNAL", "The renderer process failed to start", undefined, true));
    };
    const cleanup = () => {
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
  ready.catch(() => {}); // observed by whoever takes this child
  return { child, ready, stderrTail: () => tail, memoryMb };
}

// One spare per process, shared by the supervisor and the sync endpoint. Kept on globalThis so
// Next's separate module graphs (instrumentation, route handlers) still share it.
const pool = globalThis as unknown as { inksetSpareChild?: Spawned | null };

function releaseSpare(s: Spawned) {
  // A waiting spare must not keep a worker or test process alive.
  s.child.unref();
  s.child.channel?.unref();
  // The stderr pipe is a socket; it holds the event loop too.
  (s.child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
}

function refChild(s: Spawned) {
  s.child.ref();
  s.child.channel?.ref();
}

function prepareSpare() {
  if (!env.PDF_SPARE_CHILD || pool.inksetSpareChild) return;
  const spare = spawnChild(env.MAX_PDF_MEMORY_MB);
  pool.inksetSpareChild = spare;
  releaseSpare(spare);
  spare.child.once("exit", () => {
    if (pool.inksetSpareChild === spare) pool.inksetSpareChild = null;
  });
}

function takeChild(memoryMb: number): Spawned {
  const spare = pool.inksetSpareChild;
  pool.inksetSpareChild = null;
  let chosen: Spawned;
  if (spare && spare.memoryMb === memoryMb && spare.child.exitCode === null && spare.child.connected) {
    refChild(spare);
    chosen = spare;
  } else {
    if (spare) spare.child.kill("SIGKILL");
    chosen = spawnChild(memoryMb);
  }
  // The next spare starts when this render ends (see renderInChild): starting it now would
  // compete for CPU with the render (measured: a year planner took twice as long).
  return chosen;
}

/** Resolves once the spare child (if any) has loaded the renderer; benchmarks wait for it. */
export async function spareChildReady(): Promise<void> {
  await pool.inksetSpareChild?.ready.catch(() => {});
}

/** Kills the spare child (shutdown, tests). */
export function shutdownSpareChild() {
  const spare = pool.inksetSpareChild;
  pool.inksetSpareChild = null;
  spare?.child.kill("SIGKILL");
}

export { prepareSpare as warmRenderChild };

// TEST-ONLY: a slow render for timeout / cancel / crash tests. Never applies outside NODE_ENV=test.
let testDelayOverride: number | null = null;
export function setTestRenderDelay(ms: number | null) {
  if (env.NODE_ENV !== "test") throw new Error("setTestRenderDelay is for tests only");
  testDelayOverride = ms;
}
/** TEST-ONLY: only the next render to start is slowed (a slow request beside fast ones). */
let testDelayOnce: number | null = null;
export function setTestRenderDelayOnce(ms: number) {
  if (env.NODE_ENV !== "test") throw new Error("setTestRenderDelayOnce is for tests only");
  testDelayOnce = ms;
}
/** TEST-ONLY: true until a render has taken the one-off delay (its child has the job). */
export const testRenderDelayOncePending = () => testDelayOnce !== null;
function testRenderDelayMs() {
  if (env.NODE_ENV !== "test") return 0;
  if (testDelayOnce !== null) {
    const once = testDelayOnce;
    testDelayOnce = null;
    return once;
  }
  return testDelayOverride ?? env.INKSET_TEST_RENDER_DELAY_MS;
}

// One budget per process, shared (like the spare) across Next's module graphs.
const budgetHolder = globalThis as unknown as { inksetChildBudget?: ChildBudgetQueue };
const childBudget = (budgetHolder.inksetChildBudget ??= new ChildBudgetQueue(() => ({
  maxChildren: env.RENDER_CHILDREN_MAX,
  memoryMb: env.RENDER_CHILDREN_MEMORY_MB,
})));

export type RenderInChildOptions = {
  yaml: string;
  outputPath: string;
  options: RenderOptions;
  timeoutSeconds: number;
  memoryMb?: number;
  signal?: AbortSignal;
  onProgress?: (p: RenderProgress) => void;
  /** Reports the child's pid (tests check the process is really gone afterwards). */
  onSpawn?: (pid: number) => void;
  /** How long to wait for room in the node's child budget before 503 (default: as long as it takes). */
  waitMs?: number;
};

function looksOutOfMemory(stderr: string, signal: NodeJS.Signals | null, code: number | null) {
  return /heap out of memory|Reached heap limit|Allocation failed/i.test(stderr) || signal === "SIGABRT" || code === 134;
}

/**
 * Renders in a fresh child; resolves only after the child has exited, so on return (or throw)
 * the process is gone. Throws TemplateRenderError for user errors, AppError for limits,
 * RenderCancelledError when `signal` aborts.
 */
export async function renderInChild(opts: RenderInChildOptions): Promise<RenderResult> {
  if (opts.signal?.aborted) throw new RenderCancelledError();
  const memoryMb = opts.memoryMb ?? env.MAX_PDF_MEMORY_MB;
  const release = await childBudget.acquire(memoryMb, { signal: opts.signal, waitMs: opts.waitMs, onAbort: () => new RenderCancelledError() });
  try {
    return await renderInTakenChild(opts, memoryMb);
  } finally {
    release();
  }
}

async function renderInTakenChild(opts: RenderInChildOptions, memoryMb: number): Promise<RenderResult> {
  const spawned = takeChild(memoryMb);
  const { child } = spawned;
  if (child.pid !== undefined) opts.onSpawn?.(child.pid);

  return new Promise<RenderResult>((resolve, reject) => {
    let outcome: { ok: true; result: RenderResult } | { ok: false; error: Error } | null = null;
    const settle = (o: NonNullable<typeof outcome>) => {
      outcome ??= o;
    };
    const kill = (error: Error) => {
      settle({ ok: false, error });
      child.kill("SIGKILL");
    };

    // The render clock starts when the child has the job; a child that cannot even start gets
    // its own, generous limit (a loaded machine can take seconds to load the renderer).
    let timer = setTimeout(
      () => kill(new AppError("INTERNAL", "The renderer process did not start in time", undefined, true)),
      STARTUP_TIMEOUT_MS,
    );
    const onAbort = () => kill(new RenderCancelledError());
    opts.signal?.addEventListener("abort", onAbort, { once: true });

    child.on("message", (m: ChildMessage) => {
      if (m.type === "progress") opts.onProgress?.(m.progress);
      else if (m.type === "done") {
        // Success needs no wait for the exit (the file is complete); the child exits by itself,
        // and is killed if it lingers. Failures still resolve only once the process is gone.
        settle({ ok: true, result: m.result });
        if (!outcome?.ok) return; // already timed out or cancelled: the exit handler rejects
        clearTimeout(timer);
        opts.signal?.removeEventListener("abort", onAbort);
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
        resolve(outcome.result);
      } else if (m.type === "error") {
        if (m.code === "INTERNAL") {
          const ref = Math.random().toString(36).slice(2, 10);
          log.error({ ref, err: m.message }, "render failed");
          settle({ ok: false, error: new AppError("INTERNAL", `Rendering failed because of an internal error (ref ${ref})`) });
        } else settle({ ok: false, error: new TemplateRenderError(m.code, m.message, m.diagnostics) });
      }
    });

    child.once("exit", () => prepareSpare());
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (!outcome) {
        if (looksOutOfMemory(spawned.stderrTail(), signal, code)) {
          settle({ ok: false, error: new AppError("RENDER_LIMIT", memoryMessage(memoryMb)) });
        } else {
          log.error({ code, signal, stderr: spawned.stderrTail().slice(-1000) }, "render child exited without a result");
          settle({ ok: false, error: new AppError("INTERNAL", "The renderer process stopped unexpectedly", undefined, true) });
        }
      }
      if (outcome?.ok) resolve(outcome.result);
      else reject(outcome?.error ?? new Error("render child exited"));
    });

    spawned.ready.then(
      () => {
        if (outcome) return;
        const req: ChildRequest = { type: "render", yaml: opts.yaml, outputPath: opts.outputPath, options: opts.options };
        const delay = testRenderDelayMs();
        if (delay > 0) req.testDelayMs = delay;
        clearTimeout(timer);
        timer = setTimeout(() => kill(new AppError("RENDER_LIMIT", timeoutMessage(opts.timeoutSeconds))), opts.timeoutSeconds * 1000);
        child.send(req);
      },
      () => {}, // the exit handler reports it
    );
  });
}
