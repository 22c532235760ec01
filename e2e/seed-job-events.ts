// e2e only: job events of the last 13 days for one user, so the operator dashboard has figures to
// show. Run by e2e/admin.spec.ts with the e2e server's DATABASE_URL. Render times follow a fixed
// pattern (no randomness) and every failure message carries the caller's tag.
import "../scripts/load-env";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { recordJobEvent } from "@/lib/db/job-events";
import { findOrCreateUserByEmail } from "@/lib/db/users";

const DAY = 86_400_000;

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, tag: { type: "string" } } });
  if (!values.email || !values.tag) throw new Error("--email and --tag are required");
  const user = await findOrCreateUserByEmail(values.email);
  let n = 0;
  for (let day = 12; day >= 0; day--) {
    // Every event lies in the past: `day` days and a few hours before now.
    const base = Date.now() - day * DAY - 4 * 3600_000;
    const renders = 6 + ((day * 7) % 9);
    for (let i = 0; i < renders; i++) {
      const durationMs = 900 + ((i * 37 + day * 53) % 11) * 180 + (i === 0 ? 2500 + day * 120 : 0);
      await recordJobEvent({
        jobId: `seed-${values.tag}-${n++}`,
        userId: user.id,
        type: "completed",
        at: new Date(base - i * 60_000),
        durationMs,
        pages: 12,
      });
    }
    const failures = day % 4 === 1 ? 2 : day % 3 === 0 ? 1 : 0;
    for (let i = 0; i < failures; i++) {
      const error =
        i === 0 ? `Render timed out after 120 s (${values.tag})` : `Template error at line 14: unknown widget "habit-grid" (${values.tag})`;
      await recordJobEvent({
        jobId: `seed-${values.tag}-${n++}`,
        userId: user.id,
        type: "failed",
        at: new Date(base + 3600_000 + i * 60_000),
        durationMs: 4000,
        error,
      });
    }
    if (day % 5 === 2)
      await recordJobEvent({ jobId: `seed-${values.tag}-${n++}`, userId: user.id, type: "cancelled", at: new Date(base + 7200_000) });
  }
  process.stdout.write(`${n}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`seed-job-events: ${(err as Error).message}\n`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
