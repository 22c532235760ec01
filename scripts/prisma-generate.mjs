// Generates both Prisma clients (SQLite and Postgres) from the one hand-edited schema.
// Runs on postinstall; safe offline (no engine download: the client engine is pure JS).
import { execFileSync } from "node:child_process";
import { writePostgresSchema } from "./prisma-variant.mjs";
import { prismaCliEnv } from "./prisma-env.mjs";

writePostgresSchema();
for (const provider of ["sqlite", "postgresql"]) {
  execFileSync("npx", ["prisma", "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: prismaCliEnv(provider),
  });
}
