// One database client per process, in production too: `next start` may load lib/db/client.ts once per
// bundle, and two SQLite connections in one process deadlock for the 10 s busy timeout (better-sqlite3
// waits synchronously, so the other connection's open transaction never reaches its COMMIT). That was
// the supervisor's "claiming jobs failed: Operation has timed out" under load.
import { afterAll, expect, it, vi } from "vitest";
import { db } from "./client";
import { getJobStatus } from "./job-runs";
import { findOrCreateUserByEmail } from "./users";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { sampleTemplate } from "@/tests/helpers/job-templates";

const holder = globalThis as unknown as { inksetDb?: unknown };

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  holder.inksetDb = db;
});

/** A module of lib/db as a separate bundle of a production server loads it: a fresh module graph. */
async function loadAgain<T>(path: string): Promise<T> {
  vi.resetModules();
  return (await import(/* @vite-ignore */ path)) as T;
}

it("gives every bundle of a production server the same client, so a claim waits for an open transaction instead of failing", async () => {
  const owner = (await findOrCreateUserByEmail(`one-client-${Date.now()}@test.local`)).id;
  const job = await createRenderJob(owner, { yaml_content: sampleTemplate(), deterministic: false, strict_mode: false });
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-long-enough-0123456789");
  // A server that has not opened the database yet: the route handlers' bundle, then the supervisor's.
  delete holder.inksetDb;
  const routes = (await loadAgain<typeof import("./client")>("@/lib/db/client")).db;
  const supervisor = await loadAgain<typeof import("./job-runs")>("@/lib/db/job-runs");

  // A request's transaction has written and not committed yet when the supervisor claims a job; it
  // commits a moment later, on the event loop that a synchronous busy wait would block.
  let written = () => {};
  const wrote = new Promise<void>((resolve) => (written = resolve));
  const request = routes.$transaction(async (tx) => {
    await tx.user.update({ where: { id: owner }, data: { name: "busy" } });
    written();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  await wrote;
  const claim = supervisor.claimJob(job.id, "one-client-test", 30_000);
  await request;
  expect(await claim).toBe(true);
  expect(await getJobStatus(job.id)).toMatchObject({ status: "processing" });
});
