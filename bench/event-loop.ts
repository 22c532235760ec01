// npm run bench:event-loop — how quickly the health check answers while templates are being
// checked. Ten year planners (the finding: ~2 s of stall on the web thread) and one 2.7 MB template
// are queued at once from several users, over and over, while /api/health's work (a database
// ping) is timed every 10 ms. Prints p50/p99/max of health and how many creates went through.
// INSPECT_IN_THREAD=1 checks templates on the event loop instead, as before issue 16, for comparison.
import { checkDatabase } from "@/lib/db/health";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { inspectDocument } from "@/lib/templates/inspect";
import { median, percentile, sleep } from "./jobs-shared";

const YEAR = getExample("year-planner", REFERENCE_DATE)?.yaml ?? "";
const BIG = `schema_version: "1.0"
metadata: {name: big, category: notes, created: "2026-01-01T00:00:00Z", profile: remarkable-2}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}}
widgets:
${Array.from({ length: 20_000 }, (_, i) => `  - {id: t${i}, type: text_block, page: ${(i % 900) + 1}, position: {x: 36, y: ${36 + (i % 20) * 20}, width: 300, height: 18}, content: "Line ${i}"}`).join("\n")}
`;
const ROUNDS = 3;
const inThread = process.env.INSPECT_IN_THREAD === "1";

async function main() {
  const users = await Promise.all(Array.from({ length: 4 }, (_, i) => findOrCreateUserByEmail(`bench-loop-${i}@inkset.local`)));
  // Warm the database connection and (in-thread mode) the template code, as a running server would be.
  await checkDatabase();
  const samples: number[] = [];
  let created = 0;
  let refused = 0;
  let running = true;
  const prober = (async () => {
    while (running) {
      const t = performance.now();
      await checkDatabase();
      samples.push(performance.now() - t);
      await sleep(10);
    }
  })();
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    const work = [...Array.from({ length: 10 }, () => YEAR), BIG].map((yaml, i) => {
      const owner = users[i % users.length]!.id;
      const create = inThread
        ? Promise.resolve().then(() => inspectDocument(yaml, { strict: false, maxPages: 1000 }))
        : createRenderJob(owner, { yaml_content: yaml, deterministic: true, strict_mode: false });
      return create.then(
        () => created++,
        () => refused++,
      );
    });
    await Promise.all(work);
  }
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await prober;
  const f = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `mode: ${inThread ? "in-thread (before issue 16)" : "worker threads"}; ${ROUNDS} rounds of 10 year planners + one 2.7 MB template in ${seconds.toFixed(1)} s`,
  );
  console.log(`checks through: ${created}, refused by admission: ${refused}`);
  console.log(
    `health (database ping) under load: n=${samples.length} p50 ${f(median(samples))} p99 ${f(percentile(samples, 99))} max ${f(Math.max(...samples))}`,
  );
  process.exit(0);
}

void main();
