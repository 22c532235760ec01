// npm run bench:child-start — what an isolated render costs before it draws: CPU time (user + system,
// from /proc, so other load on a shared machine does not count) of a render child from fork to
// "ready", and to the end of its first two-page render; the second render in the same child (what
// same-owner reuse costs); and the V8 start-up snapshot experiment (bench/snapshot/) for comparison.
import { execFileSync, fork } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import type { ChildMessage } from "@/lib/render-contract/child-protocol";

const RUNS = Number(process.env.RUNS ?? 7);
const TICK_MS = 10; // CLK_TCK is 100 on Linux
const out = path.resolve("bench/out");
mkdirSync(out, { recursive: true });
const yaml = sampleTemplate({ pages: 2 });

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function child(entry: string) {
  const c = fork(entry, [], {
    execArgv: [], // a render child's own flags, not this script's tsx loader
    env: { PATH: process.env.PATH, HOME: process.env.HOME, INKSET_RENDER_CHILD: "true", NODE_ENV: "production", PDF_SPARE_WARMUP_MS: "0" },
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = (type: ChildMessage["type"]) =>
    new Promise<void>((resolve) => c.on("message", (m: ChildMessage) => m.type === type && resolve()));
  await next("ready");
  const ready = cpuMs(c.pid!);
  const render = async () => {
    const done = next("done");
    c.send({
      type: "render",
      yaml,
      outputPath: path.join(out, "child-start.pdf"),
      options: { strict: false, deterministic: true, maxPages: 1000 },
    });
    await done;
    return cpuMs(c.pid!);
  };
  const first = await render();
  const second = (await render()) - first;
  c.kill();
  return { ready, first, second };
}

const rows = [];
for (let i = 0; i < RUNS; i++) rows.push(await child("dist/render-child.mjs"));
console.log(`render child (dist/render-child.mjs, PDF_SPARE_WARMUP_MS=0), median of ${RUNS}, CPU ms:`);
console.log(
  `  fork → ready ${median(rows.map((r) => r.ready))}, fork → first 2-page render done ${median(rows.map((r) => r.first))}, a second render in the same child ${median(rows.map((r) => r.second))}`,
);

execFileSync(process.execPath, ["bench/snapshot/build.mjs"], { stdio: "inherit" });
const snap: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const line = execFileSync(
    process.execPath,
    ["--snapshot-blob", path.join(out, "render-snapshot.blob"), path.join(out, "snapshot-start.pdf")],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  snap.push((JSON.parse(line.trim().split("\n").pop()!) as { cpuMs: number }).cpuMs);
}
console.log(`V8 start-up snapshot (bench/snapshot/), median of ${RUNS}, CPU ms: start → first 2-page render done ${median(snap)}`);
