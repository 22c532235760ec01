// npm run bench:parallel — one large document drawn by the render's thread alone and with chunk threads
// (lib/render/chunks), each mode in its own process, alternating, RUNS pairs. Each process renders the
// document twice: the first render is a cold process's (the chunk thread started with it), the second a
// warm one's, as in a render child that has warmed up. Prints wall and CPU time (user + system of the
// whole process, every thread), the CPU time of the render's own thread (from /proc; on an idle machine
// the render thread is the critical path, so it bounds the wall time from below), peak RSS, their
// ratios, whether the files are byte-identical, and the load average: on a shared machine wall time is
// noise, CPU time is what can be compared.
// argv: [size] (third | year | two | max; default year).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { ChunkThreads } from "@/lib/render/chunks/threads";
import { renderDocument } from "@/lib/render/render";
import { plannerYaml, SIZES, type SizeName } from "./planner";

type Render = { wallMs: number; cpuMs: number; threadCpuMs: number };

/** CPU time of this (the render's own) thread, from /proc (Linux). */
function threadCpuMs(): number {
  const fields = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime in clock ticks of 10 ms
}
type Row = { mode: string; pages: number; cold: Render; warm: Render; rssMb: number };

async function one(size: SizeName, mode: string) {
  const yaml = plannerYaml(SIZES[size][0], SIZES[size][1]);
  const threads = availableParallelism() - 1;
  const pool =
    mode === "threads"
      ? new ChunkThreads({ entry: path.resolve("dist/render-chunks.mjs"), count: threads, memoryMb: 512, fontDirs: [] })
      : null;
  const render = async (): Promise<Render & { pages: number }> => {
    const c0 = process.cpuUsage();
    const th0 = threadCpuMs();
    const t0 = performance.now();
    const r = await renderDocument({
      yaml,
      outputPath: path.resolve(`bench/out/parallel-${size}-${mode}.pdf`),
      strict: false,
      deterministic: true,
      maxPages: 1000,
      chunkThreads: pool ? { pool, minPages: 0, threads } : undefined,
    });
    const c = process.cpuUsage(c0);
    const wallMs = Math.round(performance.now() - t0);
    return { pages: r.pageCount, wallMs, cpuMs: Math.round((c.user + c.system) / 1000), threadCpuMs: threadCpuMs() - th0 };
  };
  const cold = await render();
  const warm = await render();
  await pool?.close();
  const row: Row = { mode, pages: warm.pages, cold, warm, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

function run(size: string, mode: string): Row {
  const out = execFileSync(process.execPath, ["--max-old-space-size=2048", "--import", "tsx", "bench/parallel.ts", "--one", size, mode], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  return JSON.parse(out.trim().split("\n").pop()!) as Row;
}

async function main() {
  if (process.argv[2] === "--one") return one(process.argv[3] as SizeName, process.argv[4]!);
  const size = process.argv[2] ?? "year";
  const runs = Number(process.env.RUNS ?? 3);
  mkdirSync("bench/out", { recursive: true });
  const load = loadavg()[0]!.toFixed(2);
  const pairs: [Row, Row][] = [];
  for (let i = 0; i < runs; i++) pairs.push([run(size, "sequential"), run(size, "threads")]);
  const same = readFileSync(`bench/out/parallel-${size}-sequential.pdf`).equals(readFileSync(`bench/out/parallel-${size}-threads.pdf`));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const med = (f: (r: Row) => number, k: 0 | 1) => median(pairs.map((p) => f(p[k])));
  console.log(
    `${size}: ${pairs[0]![0].pages} pages, ${runs} pairs (medians), ${availableParallelism()} cores, load average ${load} → ${loadavg()[0]!.toFixed(2)}; byte-identical: ${same}`,
  );
  for (const [k, name] of [
    [0, "sequential"],
    [1, "chunk threads"],
  ] as const) {
    console.log(
      `  ${name.padEnd(14)} warm: wall ${med((r) => r.warm.wallMs, k)} ms  CPU ${med((r) => r.warm.cpuMs, k)} ms  render thread CPU ${med((r) => r.warm.threadCpuMs, k)} ms   cold: wall ${med((r) => r.cold.wallMs, k)} ms  CPU ${med((r) => r.cold.cpuMs, k)} ms   peak RSS ${med((r) => r.rssMb, k)} MB`,
    );
  }
  // Ratios pair by pair, so a drift in the machine's speed between pairs cancels out.
  const ratio = (f: (r: Row) => number) => median(pairs.map(([a, b]) => f(b) / f(a))).toFixed(2);
  console.log(
    `  threads / sequential (median of pair ratios): warm wall ${ratio((r) => r.warm.wallMs)}x CPU ${ratio((r) => r.warm.cpuMs)}x render thread CPU ${ratio((r) => r.warm.threadCpuMs)}x; cold wall ${ratio((r) => r.cold.wallMs)}x CPU ${ratio((r) => r.cold.cpuMs)}x; peak RSS ${ratio((r) => r.rssMb)}x`,
  );
}

void main();
