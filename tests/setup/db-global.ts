// Vitest globalSetup for a database project: create and migrate a fresh database, drop it after.
import { rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { PG_ADMIN_URL } from "./databases";

export default function setup(project: TestProject) {
  const url = String(project.config.env.DATABASE_URL);
  if (!/^(file:\.\/data\/test\/|postgres(ql)?:\/\/[^/]*(127\.0\.0\.1|localhost)[:/])/.test(url)) {
    throw new Error(`refusing to run database tests against a non-local database: ${url}`);
  }
  const isPg = url.startsWith("postgres");
  const dbName = isPg ? new URL(url).pathname.slice(1) : "";
  if (isPg) execFileSync("psql", [PG_ADMIN_URL, "-qc", `create database "${dbName}"`], { stdio: "inherit" });
  execFileSync("node", ["scripts/migrate.mjs"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return () => {
    if (isPg) {
      execFileSync("psql", [PG_ADMIN_URL, "-qc", `drop database if exists "${dbName}" with (force)`], { stdio: "inherit" });
    } else {
      const file = url.slice("file:".length);
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    }
  };
}
