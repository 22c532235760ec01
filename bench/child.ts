// One measured render, run in its own process (`--max-old-space-size=2048`) so peak RSS is per render.
// argv: <inkset|pdfkit|pdfkit-circles> <size>. Prints one JSON line: pages, ms, cpuMs, rssMb and the file size in bytes.
import { statSync } from "node:fs";
import { load } from "js-yaml";
import { compileProject } from "@/lib/templates/project/compile";
import { renderDocument } from "@/lib/render/render";
import { drawReference } from "./pdfkit-reference";
import { plannerYaml, SIZES, type SizeName } from "./planner";

async function main() {
  const [engine = "inkset", sizeName = "year"] = process.argv.slice(2);
  const [start, end] = SIZES[sizeName as SizeName];
  const yaml = plannerYaml(start, end);
  const out = `bench/out/${engine}-${sizeName}.pdf`;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let pages: number;
  if (engine === "pdfkit" || engine === "pdfkit-circles") {
    const compiled = compileProject(load(yaml), { strict: false, maxPages: 1000 });
    if (!compiled.template) throw new Error("benchmark project did not compile");
    pages = await drawReference(
      compiled.template as unknown as Parameters<typeof drawReference>[0],
      out,
      engine === "pdfkit" ? "segments" : "circles",
    );
  } else {
    pages = (await renderDocument({ yaml, outputPath: out, strict: false, deterministic: true, maxPages: 1000 })).pageCount;
  }
  const ms = performance.now() - t0;
  // CPU time is reported too: on shared 2-core machines wall time swings with other load.
  const cpu = process.cpuUsage(c0);
  process.stdout.write(
    `${JSON.stringify({ engine, size: sizeName, pages, ms: Math.round(ms), bytes: statSync(out).size, cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
}

void main();
