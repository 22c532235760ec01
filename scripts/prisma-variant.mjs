// prisma/schema.prisma (SQLite) is the only hand-edited schema. The Postgres schema is derived
// from it so the two can never drift; scripts/check-migrations.mjs checks their migrations too.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

export function postgresSchemaText(sqliteSchema) {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output   = "../lib/generated/prisma"', 'output   = "../../lib/generated/prisma-pg"');
  if (out === sqliteSchema || !out.includes("prisma-pg")) {
    throw new Error("prisma-variant: schema.prisma no longer has the expected provider/output lines");
  }
  return "// GENERATED from prisma/schema.prisma by scripts/prisma-variant.mjs. Do not edit.\n" + out;
}

export function writePostgresSchema() {
  const text = postgresSchemaText(readFileSync("prisma/schema.prisma", "utf8"));
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync("prisma/postgres/schema.prisma", text);
}

if (import.meta.url === `file://${process.argv[1]}`) writePostgresSchema();
