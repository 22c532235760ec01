// The routes that exist under app/api (and the public share-link route app/s), read from the file tree: the OpenAPI test compares them
// with the document both ways. Node-only (reads files); never imported by the app.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** `app/api/pdf/jobs/[id]/route.ts` → `/api/pdf/jobs/{id}`; `[...nextauth]` → `{nextauth}`. */
export function routePath(file: string, appDir: string): string {
  const rel = path.relative(appDir, path.dirname(file)).split(path.sep);
  return (
    "/" +
    rel
      .filter((s) => !/^\(.*\)$/.test(s))
      .map((s) => s.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"))
      .join("/")
  );
}

/** Methods a route file exports: `export const GET =` or `export const { GET, POST } =`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async function|function)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) for (const name of m[1]!.split(",")) found.add(name.trim());
  return METHODS.filter((method) => found.has(method));
}

export function listApiRoutes(appDir: string): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") out.push({ path: routePath(full, appDir), methods: exportedMethods(readFileSync(full, "utf8")) });
    }
  };
  walk(path.join(appDir, "api"));
  // Share-link downloads live at /s/{token} (short URLs for mail) but are part of the API.
  walk(path.join(appDir, "s"));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
