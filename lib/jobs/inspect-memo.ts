// Template inspections remembered by content. The editor asks for page after page of the same
// template, and every preview checks the template (validity, page limit, cost budget) before it
// takes a render slot (issue 16, finding 3): asked again, the answer comes from here at no cost, and
// only a text never seen pays an inspection in the worker pool (inspect-pool.ts). Inspection is pure
// (no clock, no database: the same text and options always get the same answer), so nothing goes
// stale; the memo is bounded by entry count and forgets the least recently used.
// Keys include the owner: a hit must not tell one user that another has checked the same text.
import { createHash } from "node:crypto";
import { inspectOffThread } from "@/lib/jobs/inspect-pool";
import type { InspectOptions, InspectResult } from "@/lib/templates/inspect";

export const MEMO_ENTRIES = 256;
/** Answers with more errors than a 422 carries are not kept (rare, and re-checking them is bounded by the pool). */
const MAX_KEPT_ERRORS = 50;

export type Inspect = (owner: string, yaml: string, options: InspectOptions) => Promise<InspectResult>;

export class InspectionMemo {
  private readonly entries = new Map<string, InspectResult>();
  // Two requests for the same unseen text (the editor's page view and canvas) share one inspection.
  private readonly inFlight = new Map<string, Promise<InspectResult>>();
  /** Inspections actually run (misses) and answers served from the memo (hits). */
  readonly counts = { inspected: 0, remembered: 0 };

  constructor(
    private readonly inspect: Inspect = inspectOffThread,
    private readonly maxEntries = MEMO_ENTRIES,
  ) {}

  get size() {
    return this.entries.size;
  }

  async inspectRemembered(owner: string, yaml: string, options: InspectOptions): Promise<InspectResult> {
    const key = memoKey(owner, yaml, options);
    const known = this.entries.get(key);
    if (known) {
      // Re-inserted: Map keeps insertion order, so the first key is always the least recently used.
      this.entries.delete(key);
      this.entries.set(key, known);
      this.counts.remembered++;
      return known;
    }
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    this.counts.inspected++;
    const run = this.inspect(owner, yaml, options)
      .then((result) => this.remember(key, result))
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, run);
    return run;
  }

  /** The answer as kept (and given, so a first ask and a remembered one read the same). */
  private remember(key: string, result: InspectResult): InspectResult {
    // No caller reads an inspection's warnings (the render reports its own): keep the errors only.
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > MAX_KEPT_ERRORS) return result;
    const kept = { ...result, diagnostics: errors };
    this.entries.set(key, kept);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return kept;
  }
}

/** SHA-256 of the owner, the options that change the answer, and the text. */
export function memoKey(owner: string, yaml: string, options: InspectOptions): string {
  const opts = JSON.stringify([options.profile ?? null, options.strict, options.maxPages, options.constraintScope ?? "full"]);
  return createHash("sha256").update(owner).update("\0").update(opts).update("\0").update(yaml).digest("hex");
}

// One memo per process, shared across Next's module graphs.
const holder = globalThis as unknown as { inksetInspectionMemo?: InspectionMemo };
export const inspectionMemo = () => (holder.inksetInspectionMemo ??= new InspectionMemo());

/** The pool's inspection (size pre-check, admission, worker thread), or its remembered answer. */
export function inspectRemembered(owner: string, yaml: string, options: InspectOptions): Promise<InspectResult> {
  return inspectionMemo().inspectRemembered(owner, yaml, options);
}
