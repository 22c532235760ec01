// Paint steps as data. A planner thread (plan-worker.ts) runs each page's paint steps against a
// recording painter and sends the calls; the render's own thread replays them into its one pdfkit
// document in page order. pdfkit then sees exactly the calls the steps would have made, in the same
// order, so fonts are subset once per document and the file is byte-identical to a sequential render.
// Calls are packed into typed arrays (a year planner makes ~400,000 of them) so posting them is cheap.
import type { Font } from "fontkit";
import { facePath, openFace } from "../fonts/face";
import type { PaintStep } from "../model";
import { countingPainter, guardPaintStep, paintSiteOf, type PaintSite } from "../paint-guard";
import { PAINTER_METHODS, type Painter } from "../painter";
import type { PlannedPage } from "../plan";

const METHODS = [...PAINTER_METHODS, "font"] as const;
const CODE = new Map<string, number>(METHODS.map((m, i) => [m, i]));
/** Op code that opens a step; its argument is the step's index into `sites` (-1: an unguarded step). */
const STEP = 255;
/** Argument kinds: a number (in `nums`), any other value (in `vals`), a parsed face (its file, in `vals`). */
const NUM = 0;
const VAL = 1;
const FACE = 2;

export type RecordedPage = Omit<PlannedPage, "steps"> & { stepCount: number };

/** One chunk of pages, as posted between threads (structured clone; the typed arrays are transferred). */
export type RecordedChunk = {
  pages: RecordedPage[];
  ops: Uint8Array;
  argc: Uint8Array;
  kinds: Uint8Array;
  nums: Float64Array;
  vals: unknown[];
  sites: (PaintSite | null)[];
};

/** Records the paint steps of `pages` (planned in this thread) into one chunk. */
export function recordPages(pages: PlannedPage[]): RecordedChunk {
  const ops: number[] = [];
  const argc: number[] = [];
  const kinds: number[] = [];
  const nums: number[] = [];
  const vals: unknown[] = [];
  const sites: (PaintSite | null)[] = [];
  const recorder: Record<string, unknown> = {};
  for (const name of METHODS) {
    const code = CODE.get(name)!;
    recorder[name] = (...args: unknown[]) => {
      ops.push(code);
      argc.push(args.length);
      for (const a of args) {
        if (typeof a === "number") {
          kinds.push(NUM);
          nums.push(a);
        } else if (name === "font" && typeof a === "object" && a !== null) {
          const file = facePath(a as Font);
          if (file === undefined) throw new Error("a paint step drew a face not opened by openFace");
          kinds.push(FACE);
          vals.push(file);
        } else {
          kinds.push(VAL);
          vals.push(a);
        }
      }
      return recorder;
    };
  }
  const out: RecordedPage[] = [];
  for (const { steps, ...page } of pages) {
    // The façade the document hands each page (document.ts), so a failing step restores as it would there.
    const p = countingPainter(recorder as unknown as Painter);
    for (const step of steps) {
      if (typeof step !== "function") throw new Error("image steps are drawn by the render's own thread");
      ops.push(STEP);
      argc.push(1);
      kinds.push(NUM);
      nums.push(sites.length);
      sites.push(paintSiteOf(step) ?? null);
      step(p);
    }
    out.push({ ...page, stepCount: steps.length });
  }
  return {
    pages: out,
    ops: Uint8Array.from(ops),
    argc: Uint8Array.from(argc),
    kinds: Uint8Array.from(kinds),
    nums: Float64Array.from(nums),
    vals,
    sites,
  };
}

/**
 * The chunk's pages with steps that replay the recorded calls. A replayed step that fails inside pdfkit
 * is guarded like the original (its open save()s closed, `onFailure` told its widget).
 */
export function replayPages(chunk: RecordedChunk, onFailure: (site: PaintSite, message: string) => void): PlannedPage[] {
  const { ops, argc, kinds, nums, vals, sites } = chunk;
  let op = 0;
  let arg = 0;
  let num = 0;
  let val = 0;
  // Step boundaries, found once: each step replays the op range up to the next STEP.
  const steps: PaintStep[] = [];
  while (op < ops.length) {
    const site = sites[nums[num]!] ?? null;
    op++;
    arg++;
    num++;
    const from = { op, arg, num, val };
    while (op < ops.length && ops[op] !== STEP) {
      for (let k = 0; k < argc[op]!; k++) {
        if (kinds[arg++] === NUM) num++;
        else val++;
      }
      op++;
    }
    const to = op;
    const replay: PaintStep = (p) => {
      const target = p as unknown as Record<string, (...args: unknown[]) => unknown>;
      let a = from.arg;
      let n = from.num;
      let v = from.val;
      for (let i = from.op; i < to; i++) {
        const args: unknown[] = new Array(argc[i]!);
        for (let k = 0; k < args.length; k++) {
          const kind = kinds[a++];
          args[k] = kind === NUM ? nums[n++] : kind === FACE ? openFace(vals[v++] as string) : vals[v++];
        }
        target[METHODS[ops[i]!]!]!(...args);
      }
    };
    steps.push(site ? guardPaintStep(replay, (message) => onFailure(site, message), site) : replay);
  }
  let next = 0;
  return chunk.pages.map(({ stepCount, ...page }) => ({ ...page, steps: steps.slice(next, (next += stepCount)) }));
}
