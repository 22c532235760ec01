// Which methods each app/api route file exports, read from the file tree (Node-only: the generator and its
// test use it; the proxy reads the committed api-methods.json it writes).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { exportedMethods } from "@/lib/openapi/routes";

export type MethodTable = Record<string, string[]>;

/**
 * `app/api/projects/[id]/route.ts` → `"/api/projects/[id]": ["DELETE", "GET", "PATCH"]`. Catch-all routes are left
 * out: `/api/[...path]` answers every method with the JSON 404, and Auth.js owns `/api/auth/[...nextauth]`.
 */
export function readMethodTable(appDir: string): MethodTable {
  const table: MethodTable = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("[...")) walk(full);
      } else if (entry.name === "route.ts") {
        const route = "/" + path.relative(appDir, dir).split(path.sep).join("/");
        table[route] = exportedMethods(readFileSync(full, "utf8")).sort();
      }
    }
  };
  walk(path.join(appDir, "api"));
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}
