// Destination-id normalisation and link-target classification (§4.1, §4.6), shared by the compiler
// and the renderer so both treat an empty or boundary target as "no link" (D8).

/** Trim and lower-case (Unicode simple case folding is approximated by toLowerCase). */
export function normalizeDestination(id: string): string {
  return id.trim().toLowerCase();
}

const CANONICAL = /^[a-z0-9][a-z0-9:_-]{1,127}$/;
export function isCanonicalDestination(id: string): boolean {
  return CANONICAL.test(id);
}

/**
 * §4.6 rule 1: empty, ending with `:`, an empty bind argument `()`, or still holding `{`, `}` or `@`
 * because a boundary variable was empty → the link is suppressed, never an error.
 */
export function isSuppressedTarget(normalized: string): boolean {
  return normalized === "" || normalized.endsWith(":") || normalized.includes("()") || /[{}@]/.test(normalized);
}

const PAGE_TARGET = /^page_?(\d+)$/i;
/** `Page_3`, `page3` … → 3 (D6); undefined for other ids. */
export function pageTargetNumber(id: string): number | undefined {
  const m = PAGE_TARGET.exec(id.trim());
  return m ? Number(m[1]) : undefined;
}
