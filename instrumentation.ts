// Starts the local PDF supervisor once per Next server process (nodejs runtime only), when
// PDF_RUNNER=local. Deployments that run `npm run worker` separately set PDF_RUNNER=off here.
export async function register() {
  // NEXT_RUNTIME is set by Next itself, not configuration; the edge runtime has no child processes.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warnAboutUnsafeFlags } = await import("@/lib/startup-warnings");
  warnAboutUnsafeFlags();
  const { runsLocalSupervisor } = await import("@/lib/jobs/enqueue");
  if (!runsLocalSupervisor()) {
    // PDF_RUNNER=inngest: re-send outbox events whose relay after commit failed (no-op otherwise).
    const { startOutboxRelayOnce } = await import("@/inngest/enqueue");
    startOutboxRelayOnce();
    return;
  }
  const { startLocalSupervisorOnce } = await import("@/lib/jobs/local-runner");
  startLocalSupervisorOnce();
}
