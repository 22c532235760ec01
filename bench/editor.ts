// bench:editor — how long the canvas waits for its picture, on this machine:
//   1. a canvas edit (move a widget: the YAML edit, the isolated render of that page, MuPDF's PNG)
//      on a single-page template;
//   2. opening page N of the 431-page year planner (project compile + that page alone + PNG);
//   3. an edit of the year planner's text, then its page 14: a text the server has not checked yet,
//      so the preview's check before its slot pays one inspection in the pool, and its render child
//      starts from the document that check compiled (lib/jobs/inspect-cache.ts).
// Targets (issue 13): ≤ 300 ms p50 for (1), ≤ 800 ms p50 for (2). Prints CPU time (the machine is
// shared, so wall-clock mostly measures the neighbours) and wall-clock; asserts nothing.
import "../scripts/load-env";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { shutdownSpareChild, spareChildReady, warmRenderChild } from "@/lib/jobs/child-process";
import { rasterisePage } from "@/lib/pages/mutool";
import { inspectCache } from "@/lib/jobs/inspect-cache";
import { renderPagePreview } from "@/lib/preview/page-preview";
import { renderDocument } from "@/lib/render/render";
import { readWidgetDocument } from "@/lib/templates/widget-geometry";
import { setValues } from "@/lib/templates/yaml-edit";
import { processTreeCpuMs } from "./process-tree-cpu";

const OWNER = "bench-editor";
const WIDTH = 900;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `p50 ${at(0.5).toFixed(0)} ms · p90 ${at(0.9).toFixed(0)} ms · min ${s[0]!.toFixed(0)} ms · max ${s.at(-1)!.toFixed(0)} ms (n=${s.length})`;
}

type Span = { wall: number; cpu: number };

/** Wall-clock and CPU time (this process, the render child, MuPDF) of one edit-to-picture. */
async function timed(fn: () => Promise<unknown>): Promise<Span> {
  // Each render uses the spare child started after the previous one, as in the running app.
  await spareChildReady();
  const c = processTreeCpuMs();
  const t = performance.now();
  await fn();
  return { wall: performance.now() - t, cpu: processTreeCpuMs() - c };
}

const report = (label: string, spans: Span[]) =>
  console.log(`${label}\n  CPU  ${stats(spans.map((s) => s.cpu))}\n  wall ${stats(spans.map((s) => s.wall))}`);

async function main() {
  // The spare render child is unref'd (it must not keep servers alive); this keeps the bench alive.
  const keepAlive = setInterval(() => {}, 1000);
  warmRenderChild();
  const single = getExample("daily-page")!.yaml;
  const doc = readWidgetDocument(single)!;
  const w = doc.widgets.find((x) => x.position)!;
  const edits: Span[] = [];
  let yaml = single;
  for (let i = 0; i < 12; i++) {
    edits.push(
      await timed(async () => {
        yaml = setValues(yaml, [{ path: [...w.path, "position", "x"], value: w.position!.x + (i % 5) }]);
        await renderPagePreview(OWNER, { yaml_content: yaml, page: 1, width: WIDTH });
      }),
    );
  }
  report("canvas edit → picture, single-page template (daily-page):", edits.slice(2));

  const year = getExample("year-planner", REFERENCE_DATE)!.yaml;
  const pages = [1, 14, 60, 200, 300, 431, 122, 377, 250, 5, 90, 410];
  const opens: Span[] = [];
  for (const page of pages) opens.push(await timed(() => renderPagePreview(OWNER, { yaml_content: year, page, width: WIDTH })));
  report("open page N → picture, 431-page year planner:", opens.slice(2));

  const yearEdits: Span[] = [];
  for (let i = 0; i < 12; i++) {
    const edited = `${year}\n# edit ${i}\n`;
    yearEdits.push(await timed(() => renderPagePreview(OWNER, { yaml_content: edited, page: 14, width: WIDTH })));
  }
  report("edit → picture of page 14, year planner (a text not checked before):", yearEdits.slice(2));
  const { checked, answered } = inspectCache.counts;
  console.log(`template checks before the slot: ${checked} inspected in the pool, ${answered} answered from the cache`);

  // The same work without the child process (render in this process, then MuPDF): what the
  // isolation and the loaded machine add on top of the drawing itself.
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-editor-"));
  for (const [label, doc, list] of [
    ["single-page template", yaml, [1, 1, 1, 1, 1, 1, 1, 1]],
    ["year planner", year, pages],
  ] as const) {
    const spans: Span[] = [];
    for (const page of list) {
      const c = processTreeCpuMs();
      const t = performance.now();
      await renderDocument({
        yaml: doc,
        outputPath: path.join(dir, "p.pdf"),
        previewPage: page,
        strict: false,
        deterministic: true,
        maxPages: 1000,
      });
      await rasterisePage(path.join(dir, "p.pdf"), 1, WIDTH, path.join(dir, "p.png"));
      spans.push({ wall: performance.now() - t, cpu: processTreeCpuMs() - c });
    }
    report(`in-process render + rasterise, ${label}:`, spans.slice(2));
  }
  await rm(dir, { recursive: true, force: true });
  console.log(
    `load average during the run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} on ${os.availableParallelism()} cores`,
  );
  shutdownSpareChild();
  clearInterval(keepAlive);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
