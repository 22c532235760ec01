// npm run bench:builder — the planner builder's two figures from issue 12:
//  1. options → project YAML → full render of a year with day pages on one device, for each theme,
//     next to the gallery's year planner (target: ≤ 1.3× its render time);
//  2. an options change → the preview page as a PNG through the real path (generate, isolated render
//     child, MuPDF raster), p50 over a series of changes on a year planner (target: ≤ 1 s p50).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { shutdownSpareChild } from "@/lib/jobs/child-process";
import { renderPlannerPreview } from "@/lib/planner/preview";
import type { PlannerOptionsInput } from "@/lib/planner/schema";

type Row = { kind: string; theme: string; pages: number; generateMs: number; renderMs: number; cpuMs: number; rssMb: number };

function run(kind: string, theme: string): Row {
  const out = execFileSync(process.execPath, ["--max-old-space-size=2048", "--import", "tsx", "bench/builder-child.ts", kind, theme], {
    // Production React like a real render; the planner's error module loads the app's env, which
    // wants a secret in production that a benchmark never uses.
    encoding: "utf8", env: { AUTH_SECRET: "bench-builder-only-not-a-real-secret-000000", ...process.env, NODE_ENV: "production" }, maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Row;
}

mkdirSync("bench/out", { recursive: true });
if (!process.argv.includes("--preview-only")) renders();

function renders() {
const gallery = run("gallery", "-");
const rows = ["classic", "minimal", "tabbed"].map((t) => run("themed", t));
console.log("full render, one year with day pages (boox-note-air-4c)");
console.log(`${"planner".padEnd(18)}${"pages".padStart(6)}${"gen ms".padStart(8)}${"render s".padStart(10)}${"cpu s".padStart(8)}${"RSS MB".padStart(8)}${"× gallery (cpu)".padStart(17)}`);
for (const r of [gallery, ...rows]) {
  const label = r.kind === "gallery" ? "gallery year" : `builder ${r.theme}`;
  const sec = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`${label.padEnd(18)}${String(r.pages).padStart(6)}${String(r.generateMs).padStart(8)}${sec(r.renderMs).padStart(10)}${sec(r.cpuMs).padStart(8)}${String(r.rssMb).padStart(8)}${(r.cpuMs / gallery.cpuMs).toFixed(2).padStart(17)}`);
}
}
if (process.argv.includes("--render-only")) process.exit(0);

const base: PlannerOptionsInput = { start: "2026-01", device_profile: "remarkable-2" };
const changes: [PlannerOptionsInput, "month" | "day" | "week" | "year"][] = [
  [{ ...base, theme: "minimal" }, "month"], [{ ...base, theme: "tabbed" }, "month"], [{ ...base, locale: "de" }, "day"],
  [{ ...base, hand: "left" }, "week"], [{ ...base, week_start: "sunday" }, "month"], [{ ...base, paper: "grid" }, "day"],
  [{ ...base, theme: "classic", device_profile: "kindle-scribe" }, "year"], [{ ...base, sections: { days: { layout: "priorities" } } }, "day"],
  [{ ...base, locale: "fr" }, "week"], [{ ...base, theme: "minimal", hand: "left" }, "month"], [{ ...base, months: 13 }, "year"], [base, "day"],
];
const times: number[] = [];
let pageCount = 0;
await renderPlannerPreview("bench", { planner: base, page: "month", width: 900 }); // warm the spare child
for (const [planner, page] of changes) {
  const t = performance.now();
  const r = await renderPlannerPreview("bench", { planner, page, width: 900 });
  times.push(performance.now() - t);
  pageCount = r.pageCount;
}
shutdownSpareChild();
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(`\noption change → preview PNG on a ${pageCount}-page planner (${times.length} changes): p50 ${Math.round(q(0.5))} ms, p90 ${Math.round(q(0.9))} ms, max ${Math.round(times.at(-1) ?? 0)} ms`);
