// npm run bench:parallel — one large document with and without a planner thread (lib/render/parallel),
// each render in its own process, alternating, RUNS pairs: wall time, CPU time of the whole process
// and of the render's own thread (from /proc: on a shared machine CPU time is what can be compared,
// and on an idle machine the render thread's CPU is the critical path), peak RSS, and whether the
// two files are byte-identical. argv: [size] (third | year | two | max; default year).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderDocument } from "@/lib/render/render";
import { plannerYaml, SIZES, type SizeName } from "./planner";

type Row = { mode: string; pages: number; wallMs: number; cpuMs: number; threadCpuMs: number; rssMb: number };

function threadCpuMs(): number {
  const f = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) * 10; // CLK_TCK 100
}

async function one(size: SizeName, mode: string) {
  const [start, end] = SIZES[size];
  const yaml = plannerYaml(start, end);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const th0 = threadCpuMs();
  const r = await renderDocument({
    yaml,
    outputPath: path.resolve(`bench/out/parallel-${size}-${mode}.pdf`),
    strict: false,
    deterministic: true,
    maxPages: 1000,
    planner: mode === "thread" ? { entry: path.resolve("dist/render-planner.mjs"), minPages: 1, memoryMb: 512 } : undefined,
  });
  const c = process.cpuUsage(c0);
  const row: Row = {
    mode,
    pages: r.pageCount,
    wallMs: Math.round(performance.now() - t0),
    cpuMs: Math.round((c.user + c.system) / 1000),
    threadCpuMs: threadCpuMs() - th0,
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

function run(size: string, mode: string): Row {
  const outText = execFileSync(
    process.execPath,
    ["--max-old-space-size=2048", "--import", "tsx", "bench/parallel.ts", "--one", size, mode],
    {
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  return JSON.parse(outText.trim().split("\n").pop()!) as Row;
}

async function main() {
  if (process.argv[2] === "--one") return one(process.argv[3] as SizeName, process.argv[4]!);
  const size = process.argv[2] ?? "year";
  const runs = Number(process.env.RUNS ?? 3);
  mkdirSync("bench/out", { recursive: true });
  const pairs: [Row, Row][] = [];
  for (let i = 0; i < runs; i++) pairs.push([run(size, "sequential"), run(size, "thread")]);
  const same = readFileSync(`bench/out/parallel-${size}-sequential.pdf`).equals(readFileSync(`bench/out/parallel-${size}-thread.pdf`));
  const med = (f: (r: Row) => number, k: 0 | 1) => [...pairs.map((p) => f(p[k]))].sort((a, b) => a - b)[pairs.length >> 1]!;
  console.log(`${size}: ${pairs[0]![0].pages} pages, ${runs} pairs (medians); byte-identical: ${same}`);
  for (const [k, name] of [
    [0, "sequential"],
    [1, "planner thread"],
  ] as const) {
    console.log(
      `  ${name.padEnd(15)} wall ${med((r) => r.wallMs, k)} ms  CPU ${med((r) => r.cpuMs, k)} ms  render thread CPU ${med((r) => r.threadCpuMs, k)} ms  peak RSS ${med((r) => r.rssMb, k)} MB`,
    );
  }
  console.log(
    `  pairs (wall/CPU/thread CPU): ${pairs.map(([a, b]) => `${a.wallMs}/${a.cpuMs}/${a.threadCpuMs} vs ${b.wallMs}/${b.cpuMs}/${b.threadCpuMs}`).join("  ")}`,
  );
}

void main();
