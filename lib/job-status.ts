// Job states, shared by the data layer, the job system, the API and the browser: a leaf module (no imports),
// so the data layer can use it without importing anything above it.
export const JOB_STATUSES = ["pending", "processing", "completed", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const TERMINAL_STATUSES: JobStatus[] = ["completed", "failed", "cancelled"];
export const ACTIVE_STATUSES: JobStatus[] = ["pending", "processing"];
export const isTerminal = (status: JobStatus) => TERMINAL_STATUSES.includes(status);
