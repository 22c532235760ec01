// npx tsx bench/quick-check.ts — CPU time of the editor's check as you type (validateDocument) on the
// gallery year planner (431 pages): the project as written, and its compiled form pasted as a plain
// template (the largest plain template the gallery yields). CPU time (process.cpuUsage), not wall clock:
// helpers share the machine. Prints the median of RUNS runs after WARM warm-up runs.
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { compileProject } from "@/lib/templates/project/compile";
import { validateDocument } from "@/lib/templates/quick-check";
import { parseYaml } from "@/lib/templates/yaml";

const RUNS = Number(process.argv[2] ?? 15);
const WARM = 3;

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function measure(label: string, yaml: string): void {
  for (let i = 0; i < WARM; i++) validateDocument(yaml);
  const times = Array.from({ length: RUNS }, () => cpuMs(() => validateDocument(yaml)));
  const v = validateDocument(yaml);
  const counts = v.diagnostics.reduce<Record<string, number>>((m, d) => ({ ...m, [d.severity]: (m[d.severity] ?? 0) + 1 }), {});
  console.log(`${label}: median ${median(times).toFixed(1)} ms CPU (min ${Math.min(...times).toFixed(1)}), ${JSON.stringify(counts)}`);
}

const project = getExample("year-planner", REFERENCE_DATE)?.yaml;
if (!project) throw new Error("no year-planner example");
const parsed = parseYaml(project);
const compiled = parsed.ok ? compileProject(parsed.value, { strict: false, maxPages: 1000 }).template : undefined;
if (!compiled) throw new Error("the year planner did not compile");
const plain = JSON.stringify(compiled);
console.log(`plain template: ${(compiled.widgets as unknown[]).length} widgets, ${(plain.length / 1e6).toFixed(2)} MB`);
measure("year planner (project, quick check)", project);
measure("year planner compiled (plain template)", plain);
