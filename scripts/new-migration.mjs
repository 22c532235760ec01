// Usage: node scripts/new-migration.mjs <name>
// Writes the next migration for BOTH engines from prisma/schema.prisma, diffing against the
// schema snapshot kept in the newest migration folder (no database needed; offline-safe).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writePostgresSchema } from "./prisma-variant.mjs";
import { prismaCliEnv } from "./prisma-env.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: node scripts/new-migration.mjs <snake_case_name>");
  process.exit(2);
}
writePostgresSchema();

const engines = [
  { provider: "sqlite", dir: "prisma/migrations", schema: "prisma/schema.prisma" },
  { provider: "postgresql", dir: "prisma/postgres/migrations", schema: "prisma/postgres/schema.prisma" },
];

for (const { provider, dir, schema } of engines) {
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir)
    .filter((d) => /^\d{4}_/.test(d))
    .sort();
  const last = existing.at(-1);
  const number = String(existing.length + 1).padStart(4, "0");
  const folder = join(dir, `${number}_${name}`);
  const from = last ? ["--from-schema-datamodel", join(dir, last, "schema.prisma")] : ["--from-empty"];
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
    env: prismaCliEnv(provider),
    encoding: "utf8",
  });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "migration.sql"), sql);
  copyFileSync(schema, join(folder, "schema.prisma"));
  if (!existsSync(join(dir, "migration_lock.toml"))) {
    writeFileSync(join(dir, "migration_lock.toml"), `provider = "${provider}"\n`);
  }
  console.log(`wrote ${folder}`);
}
