// The local supervisor: the database row is the queue. It claims pending jobs atomically under a
// lease, runs each through the shared pipeline in its own child process (at most
// PDF_WORKER_CONCURRENCY at once), renews leases, kills cancelled jobs, recovers jobs whose
// supervisor died, sends completion webhooks and sweeps retention. Runs in the Next server or alone (scripts/worker.ts).
import { randomUUID } from "node:crypto";
import os from "node:os";
import { isDatabaseBusy } from "@/lib/db/errors";
import * as runs from "@/lib/db/job-runs";
import { env } from "@/lib/env";
import { shutdownSpareChild, warmRenderChild } from "@/lib/jobs/child-process";
import { jobSignals } from "@/lib/jobs/queue/signals";
import { workerLostMessage } from "@/lib/jobs/limits";
import { settleFailedAttempt } from "@/lib/jobs/failure";
import { recordJobFinished } from "@/lib/jobs/job-finished";
import { localStepRunner, runRenderJob } from "@/lib/jobs/pipeline";
import { sweepRetention } from "@/lib/jobs/retention";
import { logger } from "@/lib/log";
import { startDueWebhooks } from "@/lib/webhooks/dispatch";
import { deliverDueMail } from "@/lib/mail/dispatch";

/** Consecutive busy claims (each one poll apart) before the supervisor warns rather than logs at debug. */
const BUSY_TICKS_BEFORE_WARNING = 5;

// How often the supervisor looks for finished jobs whose webhook is due (one indexed query).
const WEBHOOK_POLL_MS = 1000;

export type SupervisorOptions = {
  concurrency?: number;
  pollMs?: number;
  leaseSeconds?: number;
  /** How often running jobs are checked for cancellation by another process. */
  cancelCheckMs?: number;
  retention?: boolean;
  /** Send due completion webhooks (lib/webhooks/dispatch.ts); on unless a test drives them itself. */
  webhooks?: boolean;
  /** Send due job-finished mail (lib/mail/dispatch.ts); on unless a test drives it itself. */
  mail?: boolean;
  /** Tests: observe child pids and job outcomes. */
  onSpawn?: (jobId: string, pid: number) => void;
};

export type Supervisor = {
  readonly id: string;
  readonly running: ReadonlySet<string>;
  wake(): void;
  /** Stops claiming; running jobs are killed and put back to pending for another supervisor. */
  stop(): Promise<void>;
  /** Resolves when no job is running (tests, graceful shutdown). */
  idle(): Promise<void>;
};

type RunningJobs = Map<string, { controller: AbortController; done: Promise<void> }>;
type Log = ReturnType<typeof logger.child>;

/** Interval chores that never overlap their own previous run; all stop together. */
function chores(log: Log, isStopped: () => boolean) {
  const timers: NodeJS.Timeout[] = [];
  return {
    every(ms: number, fn: () => Promise<unknown>, what: string) {
      let busy = false;
      const t = setInterval(() => {
        if (busy || isStopped()) return;
        busy = true;
        void fn()
          .catch((err: unknown) => log.error({ err }, `${what} failed`))
          .finally(() => (busy = false));
      }, ms);
      t.unref();
      timers.push(t);
    },
    stop() {
      for (const t of timers) clearInterval(t);
    },
  };
}

/**
 * Leases: renew ours, stop jobs whose row another process cancelled (or whose lease we lost), and
 * give the jobs of a supervisor that died back to the queue (or fail them after the last attempt).
 */
function leaseKeeper(id: string, leaseMs: number, running: RunningJobs, log: Log, wake: () => void) {
  return {
    async abortLost() {
      if (running.size === 0) return;
      const lost = await runs.listLostJobs([...running.keys()], id);
      for (const jobId of lost) running.get(jobId)?.controller.abort();
    },
    async renew() {
      const lost = await runs.renewLeases([...running.keys()], id, leaseMs);
      for (const jobId of lost) running.get(jobId)?.controller.abort();
    },
    async recover() {
      const message = workerLostMessage(env.JOB_MAX_ATTEMPTS);
      const r = await runs.recoverExpiredLeases(env.JOB_MAX_ATTEMPTS, message);
      if (r.failedIds.length || r.requeued)
        log.warn({ failed: r.failedIds.length, requeued: r.requeued }, "recovered jobs from a stopped worker");
      // A job failed here finished like any other: its event (quotas, dashboard) and its webhooks.
      for (const jobId of r.failedIds) await recordJobFinished(jobId, "failed", message);
      if (r.requeued) wake();
    },
  };
}

/**
 * The claim loop: each tick fills free slots with pending rows, claimed atomically under a lease.
 * Ticks are serialised: a wake during a tick runs one more tick afterwards instead of overlapping.
 */
function claimLoop(
  id: string,
  concurrency: number,
  leaseMs: number,
  running: RunningJobs,
  log: Log,
  isStopped: () => boolean,
  runJob: (jobId: string) => void,
) {
  let ticking = false;
  let again = false;
  /** Consecutive ticks whose claim found the database busy. */
  let busyTicks = 0;

  const claimSome = async () => {
    while (!isStopped() && running.size < concurrency) {
      const candidates = await runs.listPendingJobIds(Math.max(concurrency * 2, 4));
      if (candidates.length === 0) return;
      let claimedAny = false;
      for (const jobId of candidates) {
        if (isStopped() || running.size >= concurrency) return;
        if (running.has(jobId)) continue;
        if (await runs.claimJob(jobId, id, leaseMs)) {
          claimedAny = true;
          runJob(jobId);
        }
      }
      if (!claimedAny) return; // others took them; the next poll looks again
    }
  };

  function tick() {
    if (isStopped()) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    void claimSome()
      .then(() => (busyTicks = 0))
      .catch((err: unknown) => {
        // A busy database wrote nothing (claims are single statements): the jobs stay pending and the
        // next poll claims them. Worth a warning only when it lasts.
        if (!isDatabaseBusy(err)) return log.error({ err }, "claiming jobs failed");
        busyTicks += 1;
        if (busyTicks === BUSY_TICKS_BEFORE_WARNING)
          log.warn({ err, ticks: busyTicks }, "claiming jobs keeps failing: the database is busy");
        else log.debug({ err, ticks: busyTicks }, "claiming jobs: the database is busy; the next poll retries");
      })
      .finally(() => {
        ticking = false;
        if (again) {
          again = false;
          tick();
        }
      });
  }
  return tick;
}

export function startSupervisor(opts: SupervisorOptions = {}): Supervisor {
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const log = logger.child({ module: "supervisor", supervisor: id });
  const concurrency = opts.concurrency ?? env.PDF_WORKER_CONCURRENCY;
  const leaseMs = (opts.leaseSeconds ?? env.JOB_LEASE_SECONDS) * 1000;
  const running: RunningJobs = new Map();
  let stopped = false;
  const isStopped = () => stopped;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (running.size > 0) return;
    for (const w of idleWaiters) w();
    idleWaiters = [];
  };

  // One job through the shared pipeline; a transient failure goes to the failure policy.
  const runJob = (jobId: string) => {
    const controller = new AbortController();
    const done = runRenderJob(jobId, localStepRunner, {
      leaseOwner: id,
      signal: controller.signal,
      onSpawn: (pid) => opts.onSpawn?.(jobId, pid),
    })
      .then((outcome) => log.info({ jobId, ...outcome }, "job finished"))
      .catch(async (err: unknown) => {
        log.warn({ jobId, err }, "job attempt failed");
        await settleFailedAttempt(jobId, id, err, env.JOB_MAX_ATTEMPTS);
      })
      .catch((err: unknown) => log.error({ jobId, err }, "could not record job outcome"))
      .finally(() => {
        running.delete(jobId);
        settleIdle();
        tick();
      });
    running.set(jobId, { controller, done });
  };

  const tick = claimLoop(id, concurrency, leaseMs, running, log, isStopped, runJob);
  const leases = leaseKeeper(id, leaseMs, running, log, tick);
  const timers = chores(log, isStopped);

  const onQueued = () => tick();
  const onCancelled = (jobId: string) => running.get(jobId)?.controller.abort();
  jobSignals.on("queued", onQueued);
  jobSignals.on("cancelled", onCancelled);

  timers.every(opts.pollMs ?? env.JOB_POLL_INTERVAL_MS, async () => tick(), "poll");
  timers.every(opts.cancelCheckMs ?? 250, leases.abortLost, "cancel check");
  timers.every(Math.max(1000, leaseMs / 3), leases.renew, "lease renewal");
  timers.every(Math.max(1000, leaseMs / 2), leases.recover, "lease recovery");
  // Covers jobs finished here, cancelled through the API, or by another process, and retries.
  if (opts.webhooks ?? true) timers.every(WEBHOOK_POLL_MS, () => startDueWebhooks(), "webhook delivery");
  // Mail goes out one at a time (SMTP servers throttle bursts); the timer never overlaps itself.
  if (opts.mail ?? true) timers.every(WEBHOOK_POLL_MS, () => deliverDueMail(), "mail delivery");
  if (opts.retention ?? true) {
    timers.every(env.JOB_CLEANUP_INTERVAL_HOURS * 3600_000, () => sweepRetention(), "retention sweep");
    void sweepRetention().catch((err: unknown) => log.error({ err }, "retention sweep failed"));
  }
  void leases
    .recover()
    .catch((err: unknown) => log.error({ err }, "lease recovery failed"))
    .finally(tick);
  warmRenderChild();
  log.info({ concurrency }, "supervisor started");

  return {
    id,
    get running() {
      return new Set(running.keys());
    },
    wake: tick,
    idle: () => (running.size === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
    async stop() {
      stopped = true;
      timers.stop();
      jobSignals.off("queued", onQueued);
      jobSignals.off("cancelled", onCancelled);
      const inFlight = [...running.entries()];
      for (const [, r] of inFlight) r.controller.abort();
      await Promise.all(inFlight.map(([, r]) => r.done));
      // Give the interrupted jobs back without waiting for their lease to expire.
      for (const [jobId] of inFlight) await runs.requeueJob(jobId, id, "Interrupted by a worker shutdown; retrying");
      shutdownSpareChild();
      log.info({}, "supervisor stopped");
    },
  };
}

/** Once per process: the Next server (instrumentation) and scripts/worker.ts both call this. */
export function startLocalSupervisorOnce(opts?: SupervisorOptions): Supervisor {
  const holder = globalThis as unknown as { inksetSupervisor?: Supervisor };
  holder.inksetSupervisor ??= startSupervisor(opts);
  return holder.inksetSupervisor;
}
