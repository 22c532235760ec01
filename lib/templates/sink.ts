// Collects diagnostics with their path segments, then attaches source lines in one pass at the end.
import type { Diagnostic, Severity } from "./diagnostics";
import { formatPath, type PathSegment } from "./paths";
import type { Locator } from "./yaml-locate";

type Extra = Pick<Diagnostic, "page" | "widget_id" | "original" | "fixed">;

export class DiagnosticSink {
  private readonly items: { diagnostic: Diagnostic; segments: PathSegment[] }[] = [];
  private readonly once = new Set<string>();

  add(severity: Severity, code: string, segments: readonly PathSegment[], message: string, extra: Extra = {}): void {
    const diagnostic: Diagnostic = { severity, code, path: formatPath(segments), message, ...extra };
    this.items.push({ diagnostic, segments: [...segments] });
  }

  /** Adds the diagnostic only the first time `key` is seen (e.g. one `deprecated` warning per key). */
  addOnce(key: string, severity: Severity, code: string, segments: readonly PathSegment[], message: string): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.add(severity, code, segments, message);
  }

  push(diagnostic: Diagnostic, segments: readonly PathSegment[] = []): void {
    this.items.push({ diagnostic, segments: [...segments] });
  }

  hasErrors(): boolean {
    return this.items.some((i) => i.diagnostic.severity === "error");
  }

  finish(locator?: Locator): Diagnostic[] {
    if (locator && this.items.length > 0) {
      const positions = locator.locate(this.items.map((i) => i.segments));
      this.items.forEach((item, index) => {
        const pos = positions[index];
        if (pos && item.diagnostic.line === undefined) {
          item.diagnostic.line = pos.line;
          item.diagnostic.column = pos.column;
        }
      });
    }
    return this.items.map((i) => i.diagnostic);
  }
}
