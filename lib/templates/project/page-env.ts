// Compile-time substitution for one generated page (§5.4 phase 1). Text keeps `{page}`/`{total_pages}`
// for the renderer; link targets and anchor ids resolve them here, since page numbers are exact.
import type { TokenValue } from "../tokens/format-spec";
import { mayContainTokens, substitute, type Lookup } from "../tokens/substitute";
import type { Vars } from "./enumerate";
import type { Instance } from "./paths";
import type { DiagnosticSink } from "../sink";

export const RENDER_TIME_NAMES: ReadonlySet<string> = new Set(["page", "total_pages", "PAGE", "TOTAL_PAGES"]);

export type PageEnv = {
  page: number;
  totalPages: number;
  vars: Vars;
  instance: Instance;
  lookup: Lookup;
  sink: DiagnosticSink;
};

export function makePageEnv(page: number, totalPages: number, vars: Vars, instance: Instance, sink: DiagnosticSink): PageEnv {
  const lookup: Lookup = (name) => {
    if (name === "page" || name === "PAGE") return page;
    if (name === "total_pages" || name === "TOTAL_PAGES") return totalPages;
    return Object.prototype.hasOwnProperty.call(vars, name) ? (vars[name] as TokenValue) : undefined;
  };
  return { page, totalPages, vars, instance, lookup, sink };
}

/** Paths are built only when something is reported: most strings never need one. */
export type LazyPath = string | (() => string);
const pathText = (p: LazyPath) => (typeof p === "string" ? p : p());

function report(
  env: PageEnv,
  lazyPath: LazyPath,
  widgetId: string,
  r: ReturnType<typeof substitute>,
  reportUnresolved: (t: string) => boolean,
) {
  const sev = env.sink.softSeverity;
  const path = pathText(lazyPath);
  for (const token of new Set(r.unresolved)) {
    if (!reportUnresolved(token)) continue;
    const message = env.sink.strict ? `unresolved token ${token}` : `unresolved token ${token} (rendered empty)`;
    env.sink.atInstance(path, env.instance, { severity: sev, code: "unresolved_token", message }, widgetId);
  }
  for (const e of r.formatErrors) {
    env.sink.atInstance(path, env.instance, { severity: sev, code: "schema", message: `${e.token}: ${e.message}` }, widgetId);
  }
}

/** Text (content, labels, other property strings): unresolved tokens are reported and become "" (D11). */
export function subText(text: string, env: PageEnv, path: LazyPath, widgetId: string): string {
  if (!mayContainTokens(text)) return text;
  const r = substitute(text, env.lookup, { deferred: RENDER_TIME_NAMES, keepEscapes: true, unresolved: "empty" });
  if (r.unresolved.length || r.formatErrors.length) report(env, path, widgetId, r, () => true);
  return r.text;
}

/** Placeholders a calendar, day_list or table fills per cell at render time (§3.11, §3.15, §3.16). */
const CELL_NAMES: ReadonlySet<string> = new Set([
  ...RENDER_TIME_NAMES,
  "date",
  "year",
  "month",
  "day",
  "week",
  "iso_year",
  "iso_week",
  "row",
  "col",
  "value",
]);

/**
 * `link_template`/`week_link_template`: page variables are substituted, but the per-cell placeholders
 * stay for the renderer, otherwise every calendar cell would link to the page's own date.
 */
export function subCellTemplate(text: string, env: PageEnv, path: LazyPath, widgetId: string): string {
  if (!mayContainTokens(text)) return text;
  const r = substitute(text, env.lookup, { deferred: CELL_NAMES, keepEscapes: true, unresolved: "empty" });
  if (r.unresolved.length || r.formatErrors.length) report(env, path, widgetId, r, () => true);
  return r.text;
}

export type LinkText = { text: string; suppressed: boolean };

const isNeighbour = (token: string) => /_(prev|next)(:[^}]*)?\}$/.test(token);

/**
 * Link targets and anchor ids: fully resolved. A token left unresolved or a variable that is empty
 * (a boundary such as `date_next` on the last day) suppresses the link instead of failing (D8).
 * Unresolved names other than counter neighbours (`x_prev`, absent at the ends) are also reported.
 */
export function subLink(text: string, env: PageEnv, path: LazyPath, widgetId: string, reportUnresolved = true): LinkText {
  const r = substitute(text, env.lookup, { unresolved: "keep" });
  if (r.unresolved.length || r.formatErrors.length) report(env, path, widgetId, r, (t) => reportUnresolved && !isNeighbour(t));
  return { text: r.text, suppressed: r.usedEmpty || r.unresolved.length > 0 };
}
