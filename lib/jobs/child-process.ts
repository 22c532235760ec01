// Runs renders in separate Node processes: heap cap, hard timeout, cancel by SIGKILL, progress over
// IPC. A spare child is started ahead of time (when the server is idle), so a small job does not pay
// the ~0.5 s cold start; after a job its child is kept for the same owner's next jobs only, so a burst
// of one user's jobs pays no start at all. A child that failed, timed out, was cancelled or ran out of
// memory is always killed, so nothing of it reaches another job.
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { env, renderChildEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ChildBudgetQueue } from "@/lib/jobs/child-budget";
import { memoryMessage, timeoutMessage } from "@/lib/jobs/limits";
import { logger } from "@/lib/log";
import type { ChildMessage, ChildRequest, RenderPart } from "@/lib/render-contract/child-protocol";
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

type Spawned = {
  child: ChildProcess;
  ready: Promise<void>;
  stderrTail: () => string;
  memoryMb: number;
  /** Whose jobs this child has rendered (null: none yet); it never renders anyone else's. */
  owner: string | null;
  jobs: number;
  idleTimer?: NodeJS.Timeout;
};

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
  return { child, ready, stderrTail: () => tail, memoryMb, owner: null, jobs: 0 };
}

// Per server process: one spare child (fresh, no owner yet), children kept after a job for that owner's
// next job, and how many renders are running. Kept on globalThis so Next's separate module graphs
// (instrumentation, route handlers) still share it.
type Pool = { spare: Spawned | null; kept: Spawned[]; active: number; idleTimer: NodeJS.Timeout | null };
const holder = globalThis as unknown as { inksetChildPool?: Pool };
const pool = (holder.inksetChildPool ??= { spare: null, kept: [], active: 0, idleTimer: null });

// Reuse: a child renders consecutive jobs of the one owner it started with (never another owner's),
// at most this many, and is recycled once its resident memory passes the bound (heap garbage, caches).
const CHILD_MAX_JOBS = 50;
type ReuseOverride = { maxJobs?: number; keptIdleMs?: number };
const reuseEnabled = () => env.PDF_CHILD_REUSE || Object.keys(reuseOverride).length > 0;
let reuseOverride: ReuseOverride = {};
/** TEST-ONLY: recycle after fewer jobs; keep idle children longer (a loaded test machine is slow). */
export function setTestChildReuse(o: ReuseOverride | null) {
  if (env.NODE_ENV !== "test") throw new Error("setTestChildReuse is for tests only");
  reuseOverride = o ?? {};
}
const recycleRssMb = (memoryMb: number) => Math.min(512, memoryMb / 2);
// A kept child waits this long for its owner's next job (a user re-rendering after an edit).
const KEPT_IDLE_MS = 15_000;
// Idle means no render for this long: jobs of a backlog follow each other within milliseconds.
const IDLE_AFTER_MS = 250;

function releaseChild(s: Spawned) {
  // A waiting child must not keep a worker or test process alive.
  s.child.unref();
  s.child.channel?.unref();
  // The stderr pipe is a socket; it holds the event loop too.
  (s.child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
}

function refChild(s: Spawned) {
  s.child.ref();
  s.child.channel?.ref();
}

const alive = (s: Spawned) => s.child.exitCode === null && s.child.signalCode === null && s.child.connected;

function allowWarmUp(s: Spawned | null, allowed: boolean) {
  if (s && alive(s)) s.child.send({ type: "warm", allowed } satisfies ChildRequest, () => {});
}

function prepareSpare() {
  if (!env.PDF_SPARE_CHILD || pool.spare) return;
  const spare = spawnChild(env.MAX_PDF_MEMORY_MB);
  pool.spare = spare;
  releaseChild(spare);
  spare.child.once("exit", () => {
    if (pool.spare === spare) pool.spare = null;
  });
  // Warm up only if the server is still idle once the renderer has loaded.
  void spare.ready.then(
    () => pool.active === 0 && allowWarmUp(spare, true),
    () => {},
  );
}

function renderStarted() {
  pool.active++;
  if (pool.idleTimer) clearTimeout(pool.idleTimer);
  pool.idleTimer = null;
  allowWarmUp(pool.spare, false); // never take CPU from a job
}

// The next spare starts (and warms) only once no render has run for IDLE_AFTER_MS: under a backlog
// its start-up and warm-up would take CPU from the jobs it is meant to speed up.
function renderEnded() {
  pool.active--;
  if (pool.active > 0) return;
  pool.idleTimer = setTimeout(() => {
    pool.idleTimer = null;
    if (pool.active > 0) return;
    if (pool.spare) allowWarmUp(pool.spare, true);
    else prepareSpare();
  }, IDLE_AFTER_MS);
  pool.idleTimer.unref();
}

function takeChild(memoryMb: number, ownerId: string | undefined): Spawned {
  const i = ownerId === undefined ? -1 : pool.kept.findIndex((k) => k.owner === ownerId && k.memoryMb === memoryMb && alive(k));
  if (i >= 0) {
    const [kept] = pool.kept.splice(i, 1);
    clearTimeout(kept!.idleTimer);
    refChild(kept!);
    return kept!;
  }
  const spare = pool.spare;
  pool.spare = null;
  let chosen: Spawned;
  if (spare && spare.memoryMb === memoryMb && alive(spare)) {
    refChild(spare);
    chosen = spare;
  } else {
    if (spare) spare.child.kill("SIGKILL");
    chosen = spawnChild(memoryMb);
  }
  chosen.owner = ownerId ?? null;
  return chosen;
}

/** After a successful render: keep the child for its owner's next job, or end it. */
function keepOrEnd(s: Spawned, rssMb: number, keepForOwner = false) {
  s.jobs++;
  const reusable =
    (reuseEnabled() || keepForOwner) &&
    s.owner !== null &&
    s.jobs < (reuseOverride.maxJobs ?? CHILD_MAX_JOBS) &&
    rssMb < recycleRssMb(s.memoryMb) &&
    alive(s);
  if (!reusable) {
    s.child.kill("SIGKILL");
    return;
  }
  releaseChild(s);
  s.idleTimer = setTimeout(() => {
    // Out of the pool first: a killed child still looks alive until its exit event arrives, and
    // must not be handed the owner's next render in between.
    const at = pool.kept.indexOf(s);
    if (at >= 0) pool.kept.splice(at, 1);
    s.child.kill("SIGKILL");
  }, reuseOverride.keptIdleMs ?? KEPT_IDLE_MS);
  s.idleTimer.unref();
  if (s.jobs === 1) {
    s.child.once("exit", () => {
      const at = pool.kept.indexOf(s);
      if (at >= 0) pool.kept.splice(at, 1);
    });
  }
  pool.kept.push(s);
  // Each kept child holds memory: at most one per render slot (two at least, so two users taking turns
  // both keep theirs), the longest idle ends first.
  while (pool.kept.length > Math.max(2, env.PDF_WORKER_CONCURRENCY)) pool.kept.shift()!.child.kill("SIGKILL");
}

/** Resolves once the spare child (if any) has loaded the renderer; benchmarks wait for it. */
export async function spareChildReady(): Promise<void> {
  await pool.spare?.ready.catch(() => {});
}

/** Kills the spare child and the kept children (shutdown, tests). */
export function shutdownSpareChild() {
  const all = [pool.spare, ...pool.kept];
  pool.spare = null;
  pool.kept = [];
  for (const s of all) s?.child.kill("SIGKILL");
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
  /** `yaml` as the create-time check compiled it with these options (lib/jobs/inspect-cache.ts). */
  compiled?: Uint8Array;
  outputPath: string;
  options: RenderOptions;
  timeoutSeconds: number;
  memoryMb?: number;
  /** Whose job this is: a child is reused only for the same owner's jobs (none given: a child of its own). */
  ownerId?: string;
  signal?: AbortSignal;
  onProgress?: (p: RenderProgress) => void;
  /** Reports the child's pid (tests check the process is really gone afterwards). */
  onSpawn?: (pid: number) => void;
  /** How long to wait for room in the node's child budget before 503 (default: as long as it takes). */
  waitMs?: number;
  /**
   * Keep the child for this owner's next render even when PDF_CHILD_REUSE is off: the editor's page
   * previews follow each other every few seconds, and a fresh process renders its first page ~6×
   * slower than a warm one (bench:editor). Still never another owner's.
   */
  keepForOwner?: boolean;
  /** One part of a job drawn by separate workers (lib/jobs/chunked-render.ts); the whole document when absent. */
  part?: RenderPart;
};

function looksOutOfMemory(stderr: string, signal: NodeJS.Signals | null, code: number | null) {
  return /heap out of memory|Reached heap limit|Allocation failed/i.test(stderr) || signal === "SIGABRT" || code === 134;
}

/**
 * Renders in a child that has rendered nothing or only this owner's jobs. Failures resolve only once
 * the child has exited, so on throw the process is gone; on success it may be kept for the owner's
 * next job. Throws TemplateRenderError for user errors, AppError for limits, RenderCancelledError when
 * `signal` aborts.
 */
export async function renderInChild(opts: RenderInChildOptions): Promise<RenderResult> {
  if (opts.signal?.aborted) throw new RenderCancelledError();
  const memoryMb = opts.memoryMb ?? env.MAX_PDF_MEMORY_MB;
  const release = await childBudget.acquire(memoryMb, {
    signal: opts.signal,
    waitMs: opts.waitMs,
    onAbort: () => new RenderCancelledError(),
  });
  try {
    return await renderInTakenChild(opts, memoryMb);
  } finally {
    release();
  }
}

async function renderInTakenChild(opts: RenderInChildOptions, memoryMb: number): Promise<RenderResult> {
  const spawned = takeChild(memoryMb, opts.ownerId);
  const { child } = spawned;
  if (child.pid !== undefined) opts.onSpawn?.(child.pid);
  renderStarted();

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
    const detach = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      child.off("message", onMessage);
      child.off("exit", onExit);
      renderEnded();
    };

    const onMessage = (m: ChildMessage) => {
      if (m.type === "progress") opts.onProgress?.(m.progress);
      else if (m.type === "done") {
        // Success needs no wait for an exit (the file is complete): the child is kept or ended.
        settle({ ok: true, result: m.result });
        if (!outcome?.ok) return; // already timed out or cancelled: the exit handler rejects
        detach();
        keepOrEnd(spawned, m.rssMb, opts.keepForOwner);
        resolve(outcome.result);
      } else if (m.type === "error") {
        if (m.code === "INTERNAL") {
          const ref = Math.random().toString(36).slice(2, 10);
          log.error({ ref, err: m.message }, "render failed");
          kill(new AppError("INTERNAL", `Rendering failed because of an internal error (ref ${ref})`));
        } else kill(new TemplateRenderError(m.code, m.message, m.diagnostics));
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      detach();
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
    };
    child.on("message", onMessage);
    child.once("exit", onExit);

    spawned.ready.then(
      () => {
        if (outcome) return;
        // Cores no other render child holds (this one counts itself) may draw this job's chunks (lib/render/chunks).
        const threads = Math.max(0, os.availableParallelism() - childBudget.stats().running);
        const req: ChildRequest = {
          type: "render",
          yaml: opts.yaml,
          ...(opts.compiled ? { compiled: opts.compiled } : {}),
          outputPath: opts.outputPath,
          options: opts.options,
          threads,
        };
        if (opts.part) req.part = opts.part;
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
