// Local mode: the database row is the queue. A supervisor (in the web process when PDF_RUNNER=local,
// or `npm run worker` when it is "off") claims pending rows under a lease.
import * as jobs from "@/lib/db/jobs";
import { jobSignals } from "@/lib/jobs/queue/signals";
import type { JobQueue } from "@/lib/jobs/queue/types";
import { startLocalSupervisorOnce } from "@/lib/jobs/supervisor";

export function localQueue(mode: "local" | "off"): JobQueue {
  return {
    mode,
    async insert(job, alsoWrite) {
      const created = await (alsoWrite ? jobs.createJobWith(job, alsoWrite) : jobs.createJob(job));
      // A supervisor in this process picks the job up now; one in another process polls.
      if (mode === "local") jobSignals.emit("queued");
      return created;
    },
    async cancelled(jobId) {
      jobSignals.emit("cancelled", jobId); // kills the child now if it runs in this process
    },
    startBackground() {
      if (mode === "local") startLocalSupervisorOnce();
    },
  };
}
