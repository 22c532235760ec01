// Standalone PDF worker (`npm run worker`): the same supervisor the web process can run, for
// deployments that keep rendering off the web servers. Stops cleanly on SIGTERM/SIGINT: running
// jobs are killed and handed back to the queue for another worker.
import "./load-env";
import { env } from "@/lib/env";
import { getJobQueue } from "@/lib/jobs/queue";
import { startLocalSupervisorOnce } from "@/lib/jobs/supervisor";
import { logger } from "@/lib/log";
import { warnAboutUnsafeFlags } from "@/lib/startup-warnings";

const log = logger.child({ module: "worker" });

if (getJobQueue().mode === "inngest") {
  log.error({}, "PDF_RUNNER=inngest: Inngest runs the jobs, so this worker has nothing to do");
  process.exit(1);
}

warnAboutUnsafeFlags();
const supervisor = startLocalSupervisorOnce();
log.info({ supervisor: supervisor.id, concurrency: env.PDF_WORKER_CONCURRENCY }, "worker ready");

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker stopping");
  supervisor.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      log.error({ err }, "worker stop failed");
      process.exit(1);
    },
  );
};
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
// The supervisor's timers are unref'd (they must not hold tests open); this keeps the worker alive.
setInterval(() => {}, 1 << 30);
