// In-process signals between the API and a supervisor running in the same process: "a job was
// queued" (pick it up now instead of at the next poll) and "a job was cancelled" (kill its child
// now). A supervisor in another process learns the same from the database at its next poll.
import { EventEmitter } from "node:events";

type JobSignals = { queued: []; cancelled: [jobId: string] };

// globalThis: Next compiles instrumentation and route handlers into separate module graphs.
const holder = globalThis as unknown as { inksetJobSignals?: EventEmitter<JobSignals> };
export const jobSignals: EventEmitter<JobSignals> = (holder.inksetJobSignals ??= new EventEmitter<JobSignals>());
jobSignals.setMaxListeners(100);
