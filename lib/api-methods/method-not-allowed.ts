// Next answers a method a route does not export with an empty 405. The proxy calls this first so the client reads the
// API's usual JSON error and an Allow header instead. The table is generated from the route files (scripts/api-methods.ts).
import type { ErrorBody } from "@/lib/errors";
import table from "./api-methods.json";

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

// Each route as its segments; a static segment beats a dynamic one at the first place they differ, as in Next's router.
const ROUTES = Object.entries(table as Record<string, string[]>).map(([route, methods]) => ({
  segments: route.split("/").slice(1),
  methods,
}));

function matches(segments: string[], parts: string[]): boolean {
  return segments.length === parts.length && segments.every((s, i) => s.startsWith("[") || s === parts[i]);
}

function moreSpecific(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const aDynamic = a[i]!.startsWith("[");
    if (aDynamic !== b[i]!.startsWith("[")) return !aDynamic;
  }
  return false;
}

/** The methods the route for `pathname` exports, or null when no (non-catch-all) route matches it. */
export function routeMethods(pathname: string): string[] | null {
  const parts = pathname.replace(/\/+$/, "").split("/").slice(1);
  let best: (typeof ROUTES)[number] | undefined;
  for (const route of ROUTES) if (matches(route.segments, parts) && (!best || moreSpecific(route.segments, best.segments))) best = route;
  return best?.methods ?? null;
}

/** A JSON 405 when `method` is one a route could export but this one does not; null to let Next answer. */
export function methodNotAllowed(method: string, pathname: string): Response | null {
  // HEAD and OPTIONS are answered by Next itself for every route.
  if (!METHODS.has(method)) return null;
  const methods = routeMethods(pathname);
  if (!methods || methods.includes(method)) return null;
  const body: ErrorBody = {
    error: { code: "METHOD_NOT_ALLOWED", message: `${method} is not allowed on ${pathname}; allowed: ${methods.join(", ")}` },
  };
  const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
  return Response.json(body, { status: 405, headers: { allow, "cache-control": "no-store" } });
}
