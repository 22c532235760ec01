// Warming a spare render child before its one job arrives. A fresh process renders a 400-page
// planner ~50 % slower than one that has rendered before: V8 has not yet compiled and optimised the
// hot paths (YAML, layout, pdfkit, pdf-lib). So a spare first renders one tiny page (then reports
// ready), then keeps rendering small gallery documents, at the low priority render children run at,
// until its CPU budget is spent or its job arrives. Each warm-up render is small (≤ ~80 ms once
// warm), so a job that arrives mid-render waits for at most one of them. Output goes nowhere.
import { devNull } from "node:os";
import { examples, yearPlannerYaml } from "@/lib/examples";
import { renderDocument } from "@/lib/render/render";

const TINY = `schema_version: "1.0"
metadata: { name: warm-up, category: internal, created: "2026-01-01", profile: boox-note-air-4c }
canvas: { dimensions: { width: 200, height: 200, margins: [0, 0, 0, 0] } }
widgets:
  - { id: a, type: anchor, position: { x: 0, y: 0, width: 1, height: 1 }, properties: { dest_id: top } }
  - { id: t, type: text_block, content: "warm-up", position: { x: 10, y: 10, width: 100, height: 20 } }
  - { id: l, type: internal_link, content: "top", position: { x: 10, y: 40, width: 100, height: 40 }, properties: { to_dest: top } }
`;

// The planner project for one week (10 pages) exercises the project compiler, calendars, links and
// the outline; the single-page gallery templates cover the other widget types.
const ROUND: readonly string[] = [
  yearPlannerYaml({ startDate: "2025-03-03", endDate: "2025-03-09" }),
  ...examples.filter((e) => e.kind === "template").map((e) => e.yaml),
];

async function renderQuietly(yaml: string) {
  try {
    await renderDocument({ yaml, outputPath: devNull, strict: false, deterministic: true, maxPages: 1000 });
  } catch {
    // A failed warm-up only costs speed; the real render reports its own errors.
  }
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export type WarmUp = {
  /** Resolves after the tiny first render: the child can take its job from here on. */
  ready: Promise<void>;
  /** Stops warming; resolves when the render in progress (if any) has finished. */
  stop(): Promise<void>;
};

export function startWarmUp(budgetMs: number): WarmUp {
  let stopped = false;
  const ready = renderQuietly(TINY);
  const done = ready.then(async () => {
    const start = cpuMs();
    for (let i = 0; !stopped && cpuMs() - start < budgetMs; i++) await renderQuietly(ROUND[i % ROUND.length]!);
  });
  return {
    ready,
    stop() {
      stopped = true;
      return done;
    },
  };
}
