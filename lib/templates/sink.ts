// The one diagnostic sink, for the template checks, the project compiler and the renderer. Each
// user turns on what it needs: path segments located to YAML lines at the end (template checks),
// repeats of a master problem folded per site (compiled projects repeat it on every generated page),
// identical diagnostics kept once and a cap on the list (a 1,000-page render with one recurring
// problem must not produce thousands of lines).
import type { Diagnostic, Severity } from "./diagnostics";
import { formatPath, type PathSegment } from "./paths";
import { instanceSuffix, type Instance } from "./project/paths";
import type { Locator } from "./yaml-locate";

type Extra = Pick<Diagnostic, "page" | "widget_id" | "original" | "fixed">;
type Folded = { severity: Severity; code: string; path: string; shown: number; extra: number };

export type SinkOptions = {
  /** §2.9: strict mode turns the soft problems (softSeverity) into errors. */
  strict?: boolean;
  /** Keep an identical diagnostic (severity, code, path, message) once. */
  dedupe?: boolean;
  /** Past this many diagnostics only errors are kept, after one note that the rest was omitted. */
  cap?: number;
};

/** Instances of one master problem shown before the rest are folded into one summary line. */
const PER_SITE_LIMIT = 20;

export class DiagnosticSink {
  /** Everything collected so far, in order (live; finish() adds summaries and lines). */
  readonly list: Diagnostic[] = [];
  readonly strict: boolean;
  private readonly segments: PathSegment[][] = [];
  private readonly once = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly sites = new Map<string, Folded>();
  private errors = 0;
  private dropped = 0;

  constructor(
    private readonly options: SinkOptions = {},
    initial: readonly Diagnostic[] = [],
  ) {
    this.strict = options.strict ?? false;
    for (const d of initial) this.push(d);
  }

  push(diagnostic: Diagnostic, segments: readonly PathSegment[] = []): void {
    if (this.options.dedupe) {
      const key = `${diagnostic.severity}|${diagnostic.code}|${diagnostic.path}|${diagnostic.message}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    if (diagnostic.severity === "error") this.errors++;
    const cap = this.options.cap ?? Infinity;
    if (this.list.length < cap || diagnostic.severity === "error") this.keep(diagnostic, segments);
    else if (this.dropped++ === 0)
      this.keep({ severity: "info", code: "lint", path: "(root)", message: "further diagnostics omitted" }, []);
  }

  /** A diagnostic at a YAML path given as segments, located to its line by finish(locator). */
  add(severity: Severity, code: string, segments: readonly PathSegment[], message: string, extra: Extra = {}): void {
    this.push({ severity, code, path: formatPath(segments), message, ...extra }, segments);
  }

  /** Adds the diagnostic only the first time `key` is seen (e.g. one `deprecated` warning per key). */
  addOnce(key: string, severity: Severity, code: string, segments: readonly PathSegment[], message: string): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.add(severity, code, segments, message);
  }

  /** A diagnostic at a master path for one generated instance; repeats past PER_SITE_LIMIT are folded. */
  atInstance(masterPath: string, instance: Instance | undefined, d: Omit<Diagnostic, "path">, widgetId?: string): void {
    const key = `${masterPath}\u0000${d.code}\u0000${d.severity}`;
    let site = this.sites.get(key);
    if (!site) {
      site = { severity: d.severity, code: d.code, path: masterPath, shown: 0, extra: 0 };
      this.sites.set(key, site);
    }
    if (site.shown >= PER_SITE_LIMIT) {
      site.extra += 1;
      return;
    }
    site.shown += 1;
    const out: Diagnostic = { ...d, path: masterPath + (instance ? instanceSuffix(instance) : "") };
    if (instance) out.page = instance.page;
    if (widgetId !== undefined) out.widget_id = widgetId;
    this.push(out);
  }

  /** Severity for problems that are warnings in non-strict mode and errors in strict mode (§2.9). */
  get softSeverity(): Severity {
    return this.strict ? "error" : "warning";
  }

  hasErrors(): boolean {
    return this.errors > 0;
  }

  /** The folded-site summaries, then (with a locator) line and column for every diagnostic added by path. */
  finish(locator?: Locator): Diagnostic[] {
    for (const f of this.sites.values()) {
      if (f.extra > 0)
        this.push({
          severity: f.severity,
          code: f.code,
          path: f.path,
          message: `… and ${f.extra} more generated pages with the same problem`,
        });
    }
    if (locator && this.list.length > 0) {
      const positions = locator.locate(this.segments);
      this.list.forEach((diagnostic, index) => {
        const pos = positions[index];
        if (pos && diagnostic.line === undefined) {
          diagnostic.line = pos.line;
          diagnostic.column = pos.column;
        }
      });
    }
    return this.list;
  }

  private keep(diagnostic: Diagnostic, segments: readonly PathSegment[]): void {
    this.list.push(diagnostic);
    this.segments.push([...segments]);
  }
}
