import { readFileSync } from "node:fs";
const mainCpu = () => { const f = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
import { renderDocument } from "@/lib/render/render";
import { plannerYaml, SIZES } from "./planner";
const size = (process.argv[2] ?? "year") as keyof typeof SIZES; const mode = process.argv[3] ?? "par";
const [s,e] = SIZES[size];
const yaml = plannerYaml(s,e);
const c0 = process.cpuUsage(); const m0 = mainCpu(); const t0 = performance.now();
const out = `/tmp/perf/${size}-${mode}.pdf`;
const r = await renderDocument({ yaml, outputPath: out, strict: false, deterministic: true, maxPages: 1000,
  planner: mode === "par" ? { entry: process.cwd() + "/dist/render-planner.mjs", minPages: 200, memoryMb: 512 } : undefined });
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ mode, pages: r.pageCount, wall: Math.round(performance.now()-t0), cpu: Math.round((c.user+c.system)/1000), mainThreadCpu: mainCpu() - m0, rss: Math.round(process.resourceUsage().maxRSS/1024), t: r.timings, diags: r.diagnostics.length }));
