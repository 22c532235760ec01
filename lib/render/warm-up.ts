// Warming a spare render child before its one job arrives. A fresh process renders a 400-page
// planner ~50 % slower than one that has rendered before: V8 has not yet compiled and optimised the
// hot paths (YAML, layout, pdfkit, pdf-lib). So a spare first renders one tiny page (then reports
// ready), then, while the parent says the server is idle, keeps rendering gallery documents at the low
// priority render children run at, until its CPU budget is spent or a job starts. The largest is four months of the gallery planner (143
// pages), the kind of document most renders are. A warm-up render stops at its next page when the job
// arrives; only its compile and final save run uninterrupted (tens of ms once warm). Output goes nowhere.
// Measured (bench/RESULTS-jobs.md): with a one-week planner instead, the year planner rendered ~35 %
// slower in the job's child than in a warm process; with this, as fast.
import { devNull } from "node:os";
import { listExamples, yearPlannerYaml } from "@/lib/examples";
import type { ChunkThreads } from "@/lib/render/chunks/threads";
import { renderDocument } from "@/lib/render/render";

const TINY = `schema_version: "1.0"
metadata: { name: warm-up, category: internal, created: "2026-01-01", profile: boox-note-air-4c }
canvas: { dimensions: { width: 200, height: 200, margins: [0, 0, 0, 0] } }
widgets:
  - { id: a, type: anchor, position: { x: 0, y: 0, width: 1, height: 1 }, properties: { dest_id: top } }
  - { id: t, type: text_block, content: "warm-up", position: { x: 10, y: 10, width: 100, height: 20 } }
  - { id: l, type: internal_link, content: "top", position: { x: 10, y: 40, width: 100, height: 40 }, properties: { to_dest: top } }
`;

// Four months of the planner project (in a past year, so no string of this year's planner is cached)
// exercise the compiler, calendars, links, two chunks and their joining, and the outline; the
// single-page gallery templates cover the other widget types.
const ROUND: readonly string[] = [
  yearPlannerYaml({ startDate: "2025-01-01", endDate: "2025-04-30" }),
  ...listExamples()
    .filter((e) => e.kind === "template")
    .map((e) => e.yaml),
];

class Stopped extends Error {}

async function renderQuietly(yaml: string, stopped: () => boolean = () => false, threads?: ChunkThreads) {
  try {
    // Progress is reported per page; throwing from it abandons the render at the next page.
    const onProgress = () => {
      if (stopped()) throw new Stopped();
    };
    // The chunk threads warm up on the planner's second chunk.
    const chunkThreads = threads && { pool: threads, minPages: 0, threads: threads.size };
    await renderDocument({ yaml, outputPath: devNull, strict: false, deterministic: true, maxPages: 1000, onProgress, chunkThreads });
  } catch {
    // Stopped, or failed: a warm-up only costs speed; the real render reports its own errors.
  }
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export type WarmUp = {
  /** Resolves after the tiny first render: the child can take its job from here on. */
  ready: Promise<void>;
  /** The parent says the machine is idle: spend what is left of the CPU budget warming. */
  resume(): void;
  /** Stops warming; resolves when the warm-up render in progress (if any) has stopped. */
  pause(): Promise<void>;
};

// Warming is adaptive: it starts only when the parent allows it (no job running or waiting in this
// server) and stops at the next page when a job starts anywhere, so it only ever uses idle CPU.
export function startWarmUp(budgetMs: number, threads?: ChunkThreads): WarmUp {
  let allowed = false;
  let spentMs = 0;
  let round = 0;
  const ready = renderQuietly(TINY);
  let running: Promise<void> = ready;
  const warm = async () => {
    while (allowed && spentMs < budgetMs) {
      const start = cpuMs();
      await renderQuietly(ROUND[round++ % ROUND.length]!, () => !allowed, threads);
      spentMs += cpuMs() - start;
    }
  };
  return {
    ready,
    resume() {
      if (allowed) return;
      allowed = true;
      running = running.then(warm);
    },
    pause() {
      allowed = false;
      return running;
    },
  };
}
