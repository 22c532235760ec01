// Decides, once per vitest run, which databases the `*.db.test.ts` files run against.
// The names are fixed here (the config is evaluated once) so globalSetup and workers agree.
import { execFileSync } from "node:child_process";

const runId = `${Date.now().toString(36)}_${process.pid}`;

function postgresReachable(adminUrl: string): boolean {
  try {
    execFileSync("psql", [adminUrl, "-Atc", "select 1"], { stdio: "ignore", timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function testDatabases(): { name: string; url: string }[] {
  const list = [{ name: "db-sqlite", url: `file:./data/test/inkset_${runId}.db` }];
  const skipPg = process.env.TEST_SKIP_POSTGRES === "1";
  if (!skipPg && postgresReachable(PG_ADMIN_URL)) {
    const base = new URL(PG_ADMIN_URL);
    base.pathname = `/inkset_test_${runId}`;
    list.push({ name: "db-postgres", url: base.toString() });
  } else if (process.env.CI && !skipPg) {
    throw new Error("CI must run the database tests on Postgres, but Postgres is not reachable");
  }
  return list;
}
