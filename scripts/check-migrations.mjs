// Fails when the checked-in migrations no longer match prisma/schema.prisma, or when the
// SQLite and Postgres migration histories drift apart. Offline: compares schema datamodels only.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { postgresSchemaText } from "./prisma-variant.mjs";
import { prismaCliEnv } from "./prisma-env.mjs";

const problems = [];
const names = (dir) =>
  readdirSync(dir)
    .filter((d) => /^\d{4}_/.test(d))
    .sort();
const sqliteNames = names("prisma/migrations");
const pgNames = names("prisma/postgres/migrations");

if (sqliteNames.join() !== pgNames.join()) {
  problems.push(`migration folders differ: sqlite [${sqliteNames}] vs postgres [${pgNames}]`);
}
const expectedPg = postgresSchemaText(readFileSync("prisma/schema.prisma", "utf8"));
if (readFileSync("prisma/postgres/schema.prisma", "utf8") !== expectedPg) {
  problems.push("prisma/postgres/schema.prisma is stale: run `node scripts/prisma-variant.mjs`");
}

for (const [provider, dir, schema, list] of [
  ["sqlite", "prisma/migrations", "prisma/schema.prisma", sqliteNames],
  ["postgresql", "prisma/postgres/migrations", "prisma/postgres/schema.prisma", pgNames],
]) {
  const last = list.at(-1);
  if (!last) {
    problems.push(`${provider}: no migrations`);
    continue;
  }
  try {
    execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-schema-datamodel",
        join(dir, last, "schema.prisma"),
        "--to-schema-datamodel",
        schema,
        "--exit-code",
      ],
      { env: prismaCliEnv(provider), stdio: "pipe" },
    );
  } catch (err) {
    if (err.status === 2)
      problems.push(`${provider}: prisma/schema.prisma changed since migration ${last}; run \`node scripts/new-migration.mjs <name>\``);
    else problems.push(`${provider}: prisma migrate diff failed: ${String(err.stderr).trim()}`);
  }
}

if (problems.length) {
  console.error("Migration check failed:\n  " + problems.join("\n  "));
  process.exit(1);
}
console.log(`migrations in sync (${sqliteNames.length} per engine)`);
