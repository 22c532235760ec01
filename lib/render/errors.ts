import { formatDiagnostic, type Diagnostic } from "@/lib/templates/diagnostics";
import { TemplateRenderError } from "@/lib/render-contract/types";

/** The user-facing error for a template with errors: the first five, then a count. */
export function invalid(diagnostics: Diagnostic[]): TemplateRenderError {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const head = errors.slice(0, 5).map(formatDiagnostic).join("; ");
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : "";
  return new TemplateRenderError("TEMPLATE_INVALID", `Template is invalid: ${head}${more}`, diagnostics);
}

/** The renderer's diagnostics: identical ones once, at most 2,000 (errors are always kept). */
export const RENDER_SINK = { dedupe: true, cap: 2000 } as const;
