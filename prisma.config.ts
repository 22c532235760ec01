import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// Used by the Prisma CLI only (generate, SQLite migrate deploy). scripts/prisma-env.mjs sets
// DATABASE_PROVIDER and DATABASE_URL for every CLI call.
const isPg = process.env.DATABASE_PROVIDER === "postgresql";
const dir = isPg ? "prisma/postgres" : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  async adapter() {
    return isPg
      ? new PrismaPg({ connectionString: process.env.DATABASE_URL! })
      : new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/inkset.db" });
  },
});
