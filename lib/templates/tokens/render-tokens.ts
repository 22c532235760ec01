// Render-time substitution (§5.4 phase 2) for the renderer: `{page}`, `{total_pages}` (and their
// upper-case spellings), `{locale}` for standalone templates, plus any widget-local variables the
// caller supplies (a table's `{row}`/`{col}`/`{value}`, a calendar cell's `{date}` …). Browser-safe.
import type { Diagnostic } from "../diagnostics";
import type { TokenValue } from "./format-spec";
import { mayContainTokens, recordLookup, substitute } from "./substitute";
import { tokenDiagnostics } from "./token-diagnostics";

export type RenderTokenContext = {
  page: number;
  totalPages: number;
  /** `metadata.locale`, resolved as `{locale}` in standalone templates. */
  locale?: string;
  /** Widget-local variables; they win over the page variables. */
  vars?: Readonly<Record<string, TokenValue>>;
};

export type RenderTokenSite = { path: string; strict: boolean; widgetId?: string };

export type RenderTokenResult = { text: string; diagnostics: Diagnostic[] };

export function renderTokenLookup(ctx: RenderTokenContext): (name: string) => TokenValue | undefined {
  return (name) => {
    if (ctx.vars && Object.prototype.hasOwnProperty.call(ctx.vars, name)) return ctx.vars[name];
    switch (name) {
      case "page":
      case "PAGE":
        return ctx.page;
      case "total_pages":
      case "TOTAL_PAGES":
        return ctx.totalPages;
      case "locale":
        return ctx.locale;
      default:
        return undefined;
    }
  };
}

/**
 * Substitute render-time tokens in one string. Unresolved `{x}` tokens become "" and are reported as
 * `unresolved_token` (warning; error in strict mode); `{{`/`}}` become literal braces.
 */
export function substituteRenderTokens(text: string, ctx: RenderTokenContext, site: RenderTokenSite): RenderTokenResult {
  if (!mayContainTokens(text)) return { text, diagnostics: [] };
  const r = substitute(text, renderTokenLookup(ctx), { unresolved: "empty" });
  const diagnostics = tokenDiagnostics(r, {
    path: site.path,
    strict: site.strict,
    page: ctx.page,
    ...(site.widgetId !== undefined ? { widget_id: site.widgetId } : {}),
  });
  return { text: r.text, diagnostics };
}

/** Variables the renderer resolves at draw time: the page's and the widget's own (`{date}`, `{row}` …). */
export type RenderVars = Record<string, TokenValue>;

/**
 * The renderer's substitution: `vars` only, unresolved names returned for the caller to report.
 * Display text renders them empty; link targets keep them (`keepUnresolved`) so the link is
 * suppressed by the resolution rules (§4.6).
 */
export function substituteVars(text: string, vars: RenderVars, keepUnresolved = false): { text: string; unresolved: string[] } {
  const r = substitute(text, recordLookup(vars), { unresolved: keepUnresolved ? "keep" : "empty" });
  return { text: r.text, unresolved: r.unresolved };
}
