// npm run bench:fairness — one user floods the queue with 200 jobs, then a second user submits one
// small job: how long does the second user wait (queued → started)? With first-come-first-served
// ("before") the job waits for every flood job ahead of it: 200 × the measured job time ÷ slots.
// With owner turns (lib/db/jobs.ts listPendingJobIds, "after") it waits for one slot to free.
import { db } from "@/lib/db/client";
import { createJob } from "@/lib/db/jobs";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { median, sleep } from "./jobs-shared";

const FLOOD = 200;

async function main() {
  const flood = (await findOrCreateUserByEmail("flood@inkset.local")).id;
  const other = (await findOrCreateUserByEmail("small@inkset.local")).id;
  const job = (ownerId: string, pages: number) => ({
    ownerId,
    title: "bench",
    yamlContent: sampleTemplate({ pages }),
    deterministic: true,
    strictMode: false,
  });
  await db.pdfJob.createMany({
    data: Array.from({ length: FLOOD }, (_, i) => ({
      ...job(flood, 5),
      status: "pending" as const,
      createdAt: new Date(Date.now() - FLOOD + i),
    })),
  });
  const slots = env.PDF_WORKER_CONCURRENCY;
  const supervisor = startSupervisor({ concurrency: slots, retention: false });
  // Let the flood run for a while so job times are warm and every slot is busy.
  while ((await db.pdfJob.count({ where: { ownerId: flood, status: "completed" } })) < slots * 3) await sleep(50);
  const small = await createJob(job(other, 1));
  let started: Date | null = null;
  while (!started) {
    started = (await db.pdfJob.findUniqueOrThrow({ where: { id: small.id }, select: { startedAt: true } })).startedAt;
    await sleep(5);
  }
  const waitMs = started.getTime() - small.createdAt.getTime();
  const done = await db.pdfJob.findMany({ where: { ownerId: flood, status: "completed" }, select: { startedAt: true, completedAt: true } });
  const jobMs = median(done.map((j) => j.completedAt!.getTime() - j.startedAt!.getTime()));
  const ahead = await db.pdfJob.count({ where: { ownerId: flood, status: "pending", createdAt: { lt: small.createdAt } } });
  await supervisor.stop();
  console.log(`slots ${slots}; flood job median ${jobMs.toFixed(0)} ms; ${ahead} flood jobs still queued ahead when the small job arrived`);
  console.log(`before (first come, first served, estimated): ${((ahead * jobMs) / slots / 1000).toFixed(1)} s`);
  console.log(`after (owner turns, measured): ${(waitMs / 1000).toFixed(2)} s (one job slot ≈ ${(jobMs / 1000).toFixed(2)} s)`);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
