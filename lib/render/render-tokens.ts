// Render-time token substitution (§5.4 phase 2) through lib/templates/tokens, so format specs and
// escapes follow the one grammar the compiler also uses.
import { recordLookup, substitute as substituteTokens, type TokenValue } from "@/lib/templates/tokens";

export type RenderVars = Record<string, TokenValue>;

/**
 * Substitute `vars`. Unresolved names are returned; display text renders them empty, link targets
 * keep them (`keepUnresolved`) so the link is suppressed by the resolution rules (§4.6).
 */
export function substitute(text: string, vars: RenderVars, keepUnresolved = false): { text: string; unresolved: string[] } {
  const r = substituteTokens(text, recordLookup(vars), { unresolved: keepUnresolved ? "keep" : "empty" });
  return { text: r.text, unresolved: r.unresolved };
}
