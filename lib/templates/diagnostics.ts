// Diagnostics as defined by docs/template-language §2.9. Shared by the parser, the project compiler,
// the renderer, the job system (stored in PdfJob.diagnostics) and the browser editor.

export type Severity = "error" | "warning" | "info";

export type Diagnostic = {
  severity: Severity;
  /** Stable machine code from the §2.9 table, e.g. "schema", "page_limit", "dangling_link". */
  code: string;
  /** YAML path in §2.9 syntax, e.g. `widgets[3].position.width`; "(root)" for the document. */
  path: string;
  /** Human message without the path, e.g. `must be > 0 (got 0)`. Never a filesystem path. */
  message: string;
  /** 1-based source position, when the path could be mapped back to the YAML text. */
  line?: number;
  column?: number;
  page?: number;
  widget_id?: string;
  original?: unknown;
  fixed?: unknown;
};

/** One line per diagnostic: `<path>: <message> (line N)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? ` (line ${d.line})` : "";
  return `${d.path}: ${d.message}${where}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
