// Helpers shared by this folder's tests: a minimal valid document and diagnostic lookups.
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { parseTemplate, type ParseTemplateOptions } from "@/lib/templates/validate";

export function baseDoc(widgets: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema_version: "1.0",
    metadata: { name: "Test", category: "test", created: "2026-01-01", profile: "remarkable-2" },
    canvas: { dimensions: { width: 447.3, height: 596.4, margins: [36, 36, 36, 36] } },
    widgets,
    ...extra,
  };
}

export function widget(type: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: `w_${type}`, type, position: { x: 10, y: 10, width: 100, height: 40 }, ...extra };
}

export function check(doc: unknown, options: ParseTemplateOptions = {}) {
  return parseTemplate(doc, options);
}

/** Diagnostics other than the informational ones most tests do not care about. */
export function problems(diagnostics: Diagnostic[]): Pick<Diagnostic, "severity" | "code" | "path">[] {
  return diagnostics.filter((d) => d.severity !== "info").map(({ severity, code, path }) => ({ severity, code, path }));
}

export function at(diagnostics: Diagnostic[], path: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.path === path);
}
