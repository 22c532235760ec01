// Turns a substitution result into §2.9 diagnostics: unresolved tokens (D11) and bad format specs (§5.3).
import type { Diagnostic } from "../diagnostics";
import type { SubstituteResult } from "./substitute";

export type DiagnosticSite = {
  path: string;
  strict: boolean;
  page?: number;
  widget_id?: string;
};

function withSite(site: DiagnosticSite, d: Omit<Diagnostic, "path" | "page" | "widget_id">): Diagnostic {
  const out: Diagnostic = { ...d, path: site.path };
  if (site.page !== undefined) out.page = site.page;
  if (site.widget_id !== undefined) out.widget_id = site.widget_id;
  return out;
}

export function tokenDiagnostics(result: SubstituteResult, site: DiagnosticSite): Diagnostic[] {
  const out: Diagnostic[] = [];
  const severity = site.strict ? "error" : "warning";
  for (const token of new Set(result.unresolved)) {
    out.push(
      withSite(site, {
        severity,
        code: "unresolved_token",
        message: site.strict ? `unresolved token ${token}` : `unresolved token ${token} (rendered empty)`,
      }),
    );
  }
  for (const e of result.formatErrors) {
    out.push(
      withSite(site, { severity, code: "schema", message: `${e.token}: ${e.message}${site.strict ? "" : " (printed unformatted)"}` }),
    );
  }
  return out;
}
