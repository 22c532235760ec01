// Writes lib/api-methods/api-methods.json from the route files, so the proxy can answer an unsupported method with a
// JSON 405. Run after adding or removing a route or a method: `npx tsx scripts/api-methods.ts && npx prettier --write lib/api-methods`.
// lib/api-methods/method-not-allowed.test.ts fails while the file is stale.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readMethodTable } from "@/lib/api-methods/table";

const root = path.resolve(import.meta.dirname, "..");
writeFileSync(path.join(root, "lib/api-methods/api-methods.json"), JSON.stringify(readMethodTable(path.join(root, "app")), null, 2) + "\n");
