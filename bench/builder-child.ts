// One measured render for bench:builder, in its own process: argv <gallery|themed> <theme>.
// Prints one JSON line: pages, generate/compile/render ms, peak RSS.
import { generatePlanner } from "@/lib/planner/generate";
import type { ThemeId } from "@/lib/planner/schema";
import { renderDocument } from "@/lib/render/render";
import { plannerYaml } from "./planner";

async function main() {
  const [kind = "themed", theme = "classic"] = process.argv.slice(2);
  const t0 = performance.now();
  const yaml =
    kind === "gallery"
      ? plannerYaml("2026-01-01", "2026-12-31")
      : generatePlanner({ start: "2026-01", device_profile: "boox-note-air-4c", theme: theme as ThemeId }).yaml;
  const generateMs = performance.now() - t0;
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const r = await renderDocument({
    yaml,
    outputPath: `bench/out/builder-${kind}-${theme}.pdf`,
    strict: false,
    deterministic: true,
    maxPages: 1000,
  });
  const ms = performance.now() - t1;
  // CPU time too: wall time on a shared 2-core machine swings with other load.
  const cpu = process.cpuUsage(c1);
  process.stdout.write(
    `${JSON.stringify({ kind, theme, pages: r.pageCount, generateMs: Math.round(generateMs), renderMs: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
}

void main();
