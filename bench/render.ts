// npm run bench:render — wall time, CPU time, peak RSS, pages/s and file size of Inkset's renderer next
// to the pdfkit reference drawing the same document, for a third of a year, a full year and two years (and the page-limit document with
// `--max`). Each render runs in its own child process under the default 2,048 MB heap cap.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

type Row = { engine: string; size: string; pages: number; ms: number; cpuMs: number; rssMb: number; bytes: number };

function run(engine: string, size: string): Row {
  const out = execFileSync(process.execPath, ["--max-old-space-size=2048", "--import", "tsx", "bench/child.ts", engine, size], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
    maxBuffer: 1 << 20,
  });
  const line = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(line) as Row;
}

mkdirSync("bench/out", { recursive: true });
const sizes = ["third", "year", "two", ...(process.argv.includes("--max") ? ["max"] : [])];
const rows: { size: string; inkset: Row; pdfkit: Row; circles: Row }[] = [];
for (const size of sizes)
  rows.push({ size, inkset: run("inkset", size), pdfkit: run("pdfkit", size), circles: run("pdfkit-circles", size) });

const pad = (s: string | number, w: number) => String(s).padStart(w);
const sec = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
// Wall time swings with other load on shared machines, so CPU time (user + system of the child) is
// printed too and ratios are given for both.
console.log(
  `${"size".padEnd(6)}${pad("pages", 6)} | ${pad("inkset s", 9)}${pad("cpu s", 7)}${pad("RSS MB", 8)}${pad("pp/s", 6)}${pad("file MB", 9)} | ${pad("pdfkit s", 9)}${pad("cpu s", 7)}${pad("RSS MB", 8)}${pad("pp/s", 6)}${pad("file MB", 9)} | ${pad("wall x", 7)}${pad("cpu x", 7)}${pad("mem x", 7)}${pad("size x", 8)}`,
);
for (const { size, inkset: a, pdfkit: b } of rows) {
  console.log(
    `${size.padEnd(6)}${pad(a.pages, 6)} | ${pad(sec(a.ms), 9)}${pad(sec(a.cpuMs), 7)}${pad(a.rssMb, 8)}${pad(Math.round((a.pages * 1000) / a.ms), 6)}${pad(mb(a.bytes), 9)} | ${pad(sec(b.ms), 9)}${pad(sec(b.cpuMs), 7)}${pad(b.rssMb, 8)}${pad(Math.round((b.pages * 1000) / b.ms), 6)}${pad(mb(b.bytes), 9)} | ${pad((a.ms / b.ms).toFixed(2), 7)}${pad((a.cpuMs / b.cpuMs).toFixed(2), 7)}${pad((a.rssMb / b.rssMb).toFixed(2), 7)}${pad((a.bytes / b.bytes).toFixed(2), 8)}`,
  );
}
// The like-for-like floor above draws dot grids as Inkset does (one round-capped path per grid); the
// older reference drew a circle per dot, which made the ratio look better than it is.
console.log("\nagainst the older reference (a circle per dot): wall x / cpu x / mem x");
for (const { size, inkset: a, circles: c } of rows) {
  console.log(
    `${size.padEnd(6)}${pad(sec(c.ms), 9)} s  ${pad((a.ms / c.ms).toFixed(2), 7)}${pad((a.cpuMs / c.cpuMs).toFixed(2), 7)}${pad((a.rssMb / c.rssMb).toFixed(2), 7)}`,
  );
}
const year = rows.find((r) => r.size === "year")?.inkset;
const two = rows.find((r) => r.size === "two")?.inkset;
if (year && two) console.log(`2 years / 1 year: wall ${(two.ms / year.ms).toFixed(2)}x, cpu ${(two.cpuMs / year.cpuMs).toFixed(2)}x`);
