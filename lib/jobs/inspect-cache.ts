// Checked documents, per process: the one memory of template checks (validity, page limit, cost
// budget). Keyed by owner, content hash and the options the check loaded with, it keeps the check's
// answer (the editor's page after page of one text, or the same document submitted again, is checked
// once) and the compiled document (the render child of that job or preview starts from it instead of
// compiling the YAML a second time, lib/render-contract/compiled-document.ts). Both are pure functions
// of the key, so a hit is the answer a fresh check would give. Two asks for a text being checked (the
// editor's page view and canvas) share that check. Keyed by owner as well: whether a document was
// checked before must not be observable by anyone else. Bounded by INSPECT_CACHE_MB, least recently
// used out.
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import type { InspectOptions, InspectResult } from "@/lib/templates/inspect";

export type CheckedDocument = { result: InspectResult; compiled?: Uint8Array };

// Hashing runs on the request thread: larger texts (rare, and costly to keep) are not cached.
const MAX_CACHED_YAML_BYTES = 1024 * 1024;
// A result is kept at most this long: the server's profiles or limits may be reconfigured.
const TTL_MS = 10 * 60_000;
// What an answer's error diagnostics are counted as (each a code, a path and a message).
const BYTES_PER_DIAGNOSTIC = 256;

type Entry = CheckedDocument & { bytes: number; at: number };

export class InspectCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<InspectResult>>();
  private bytes = 0;
  /** Checks actually run, and asks answered without one (kept, or shared with one in flight). */
  readonly counts = { checked: 0, answered: 0 };

  constructor(private readonly maxBytes: () => number) {}

  /** The key of a check (null: not cacheable). The same options a render loads with give the same key. */
  key(owner: string, yaml: string, options: InspectOptions): string | null {
    if (this.maxBytes() === 0 || yaml.length > MAX_CACHED_YAML_BYTES) return null;
    // An absent scope loads as "full" (lib/templates/constraints.ts): the same document, the same key.
    const opts = [options.profile ?? null, options.strict, options.maxPages, options.constraintScope ?? "full"];
    return createHash("sha256").update(owner).update("\0").update(JSON.stringify(opts)).update("\0").update(yaml).digest("base64url");
  }

  /**
   * The answer for `key`: kept, or the check in flight for it, or `check()` run and kept (a failed
   * check, e.g. a full pool, is not). `yamlBytes`: the text's size, counted against the bound.
   */
  answer(key: string | null, yamlBytes: number, check: () => Promise<CheckedDocument>): Promise<InspectResult> {
    const known = this.get(key);
    const pending = key === null ? undefined : this.inFlight.get(key);
    if (known || pending) {
      this.counts.answered++;
      return known ? Promise.resolve(known.result) : pending!;
    }
    this.counts.checked++;
    const run = check().then((doc) => {
      const kept = { ...doc, result: errorsOnly(doc.result) };
      this.set(key, kept, yamlBytes);
      return kept.result;
    });
    if (key === null) return run;
    this.inFlight.set(key, run);
    return run.finally(() => this.inFlight.delete(key));
  }

  get(key: string | null): CheckedDocument | undefined {
    if (key === null) return undefined;
    const e = this.drop(key);
    if (!e || Date.now() - e.at > TTL_MS) return undefined;
    this.put(key, e); // most recently used last
    return e;
  }

  set(key: string | null, doc: CheckedDocument, yamlBytes: number) {
    if (key === null) return;
    this.drop(key);
    const answerBytes = yamlBytes + doc.result.diagnostics.length * BYTES_PER_DIAGNOSTIC;
    // One huge compiled document must not empty the cache: keep only its check's answer.
    const keep = (doc.compiled?.byteLength ?? 0) + answerBytes > this.maxBytes() / 4 ? { result: doc.result } : doc;
    this.put(key, { ...keep, bytes: (keep.compiled?.byteLength ?? 0) + answerBytes, at: Date.now() });
    for (const [k] of this.entries) {
      if (this.bytes <= this.maxBytes()) break;
      this.drop(k);
    }
  }

  private put(key: string, e: Entry) {
    this.entries.set(key, e);
    this.bytes += e.bytes;
  }

  private drop(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.bytes -= e.bytes;
    return e;
  }

  stats() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * No caller reads a check's warnings (the render reports its own), so an answer keeps its errors
 * only: a first answer and a kept one read the same, and a template with thousands of warnings costs
 * nothing to keep.
 */
function errorsOnly(result: InspectResult): InspectResult {
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === "error") };
}

// One per process, shared across Next's module graphs (route handlers and the supervisor).
const holder = globalThis as unknown as { inksetInspectCache?: InspectCache };
export const inspectCache = (holder.inksetInspectCache ??= new InspectCache(() => env.INSPECT_CACHE_MB * 1024 * 1024));

/**
 * The compiled form of a document checked for this owner with these load options, if it is still
 * here: what the render child (a job's, or a preview's) may start from. Never for a render with
 * variables (a project's pages see them, so it compiles differently from what was checked).
 */
export function compiledFor(owner: string, yaml: string, options: InspectOptions, variables?: object): Uint8Array | undefined {
  if (variables && Object.keys(variables).length > 0) return undefined;
  return inspectCache.get(inspectCache.key(owner, yaml, options))?.compiled;
}
