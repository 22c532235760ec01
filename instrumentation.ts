// Starts the job queue's background work once per Next server process (nodejs runtime only): the
// local PDF supervisor when PDF_RUNNER=local, Inngest's outbox relay when PDF_RUNNER=inngest, nothing
// when it is "off" (deployments that run `npm run worker` separately).
export async function register() {
  // NEXT_RUNTIME is set by Next itself, not configuration; the edge runtime has no child processes.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warnAboutUnsafeFlags } = await import("@/lib/startup-warnings");
  warnAboutUnsafeFlags();
  const { getJobQueue } = await import("@/lib/jobs/queue");
  getJobQueue().startBackground();
}
