// Diagnostics collector: identical messages are kept once and the list is capped, so a 1,000-page
// document with one recurring problem does not produce thousands of lines.
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { DiagnosticSink } from "./model";

const CAP = 2000;

export function createSink(initial: Diagnostic[] = []): DiagnosticSink & { hasErrors(): boolean } {
  const seen = new Set<string>();
  const list: Diagnostic[] = [];
  let errors = 0;
  let dropped = 0;
  const sink = {
    list,
    push(d: Diagnostic) {
      const key = `${d.severity}|${d.code}|${d.path}|${d.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (d.severity === "error") errors++;
      if (list.length < CAP || d.severity === "error") list.push(d);
      else if (dropped++ === 0) list.push({ severity: "info", code: "lint", path: "(root)", message: "further diagnostics omitted" });
    },
    hasErrors: () => errors > 0,
  };
  for (const d of initial) sink.push(d);
  return sink;
}
