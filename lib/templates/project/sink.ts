// Diagnostic collection for compiled projects. The same master problem repeats on every generated
// page (365 times in a year planner), so after a few instances per master path and code the rest
// are folded into one summary line.
import type { Diagnostic, Severity } from "../diagnostics";
import { instanceSuffix, type Instance } from "./paths";

const PER_SITE_LIMIT = 20;

type Folded = { severity: Severity; code: string; path: string; shown: number; extra: number };

export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private readonly counts = new Map<string, Folded>();

  constructor(readonly strict: boolean) {}

  push(d: Diagnostic): void {
    this.list.push(d);
  }

  /** A diagnostic at a master path for one generated instance. */
  atInstance(masterPath: string, instance: Instance | undefined, d: Omit<Diagnostic, "path">, widgetId?: string): void {
    const key = `${masterPath}\u0000${d.code}\u0000${d.severity}`;
    let site = this.counts.get(key);
    if (!site) {
      site = { severity: d.severity, code: d.code, path: masterPath, shown: 0, extra: 0 };
      this.counts.set(key, site);
    }
    if (site.shown >= PER_SITE_LIMIT) {
      site.extra += 1;
      return;
    }
    site.shown += 1;
    const out: Diagnostic = { ...d, path: masterPath + (instance ? instanceSuffix(instance) : "") };
    if (instance) out.page = instance.page;
    if (widgetId !== undefined) out.widget_id = widgetId;
    this.list.push(out);
  }

  /** Severity for problems that are warnings in non-strict mode and errors in strict mode (§2.9). */
  get softSeverity(): Severity {
    return this.strict ? "error" : "warning";
  }

  finish(): Diagnostic[] {
    for (const f of this.counts.values()) {
      if (f.extra > 0) {
        this.list.push({ severity: f.severity, code: f.code, path: f.path, message: `… and ${f.extra} more generated pages with the same problem` });
      }
    }
    return this.list;
  }
}
