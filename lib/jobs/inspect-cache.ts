// Checked documents, per process, keyed by owner, content hash and the options they were checked
// with: the check's answer (so submitting the same document again skips the check) and the compiled
// document (so the render child of the job it created starts from it instead of compiling the YAML a
// second time, lib/render-contract/compiled-document.ts). Both are pure functions of the key, so a hit
// is the answer a fresh check would give. Keyed by owner as well: whether a document was checked
// before must not be observable by anyone else. Bounded by INSPECT_CACHE_MB, least recently used out.
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import type { InspectOptions, InspectResult } from "@/lib/templates/inspect";

export type CheckedDocument = { result: InspectResult; compiled?: Uint8Array };

// Hashing runs on the request thread: larger texts (rare, and costly to keep) are not cached.
const MAX_CACHED_YAML_BYTES = 1024 * 1024;
// A result is kept at most this long: the server's profiles or limits may be reconfigured.
const TTL_MS = 10 * 60_000;

type Entry = CheckedDocument & { bytes: number; at: number };

export class InspectCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: () => number) {}

  /** The key of a check (null: not cacheable). The same options a render loads with give the same key. */
  key(owner: string, yaml: string, options: InspectOptions): string | null {
    if (this.maxBytes() === 0 || yaml.length > MAX_CACHED_YAML_BYTES) return null;
    const opts = [options.profile ?? null, options.strict, options.maxPages, options.constraintScope ?? null];
    return createHash("sha256").update(owner).update("\0").update(JSON.stringify(opts)).update("\0").update(yaml).digest("base64url");
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
    // One huge compiled document must not empty the cache: keep only its check's answer.
    const keep = (doc.compiled?.byteLength ?? 0) + yamlBytes > this.maxBytes() / 4 ? { result: doc.result } : doc;
    // The answer's diagnostics are small next to the compiled form; count the text they came from.
    this.put(key, { ...keep, bytes: (keep.compiled?.byteLength ?? 0) + yamlBytes, at: Date.now() });
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

// One per process, shared across Next's module graphs (route handlers and the supervisor).
const holder = globalThis as unknown as { inksetInspectCache?: InspectCache };
export const inspectCache = (holder.inksetInspectCache ??= new InspectCache(() => env.INSPECT_CACHE_MB * 1024 * 1024));

/**
 * The compiled form of a document checked for this owner with these load options, if it is still
 * here: what the render child may start from. Never for a render with variables (a project's pages
 * see them, so it compiles differently from what was checked).
 */
export function compiledFor(owner: string, yaml: string, options: InspectOptions, variables?: object): Uint8Array | undefined {
  if (variables && Object.keys(variables).length > 0) return undefined;
  return inspectCache.get(inspectCache.key(owner, yaml, options))?.compiled;
}
