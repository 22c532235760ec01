// Applies the checked-in SQL migrations for the engine DATABASE_URL names. Idempotent: the web
// process, the worker and tests all run it before they start. One migrator for both engines,
// because Prisma's migrate commands cannot reach Postgres through the driver adapter (Prisma #27403).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const DEFAULT_URL = "file:./data/inkset.db";

function loadMigrations(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}_/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function checkApplied(applied, migration) {
  const checksum = applied.get(migration.name);
  if (checksum && checksum !== migration.checksum) {
    throw new Error(`migration ${migration.name} was edited after it was applied; add a new migration instead`);
  }
  return Boolean(checksum);
}

async function migrateSqlite(url) {
  const file = url.slice("file:".length);
  mkdirSync(dirname(file), { recursive: true });
  // better-sqlite3 is the driver @prisma/adapter-better-sqlite3 ships with; resolve it from there.
  const require = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3"));
  const Database = require("better-sqlite3");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 10000");
  db.exec("create table if not exists _app_migrations (name text primary key, checksum text not null, applied_at text not null)");
  let count = 0;
  db.transaction(() => {
    const applied = new Map(
      db
        .prepare("select name, checksum from _app_migrations")
        .all()
        .map((r) => [r.name, r.checksum]),
    );
    for (const m of loadMigrations("prisma/migrations")) {
      if (checkApplied(applied, m)) continue;
      db.exec(m.sql);
      db.prepare("insert into _app_migrations values (?, ?, ?)").run(m.name, m.checksum, new Date().toISOString());
      count++;
    }
  }).immediate();
  db.close();
  return count;
}

async function migratePostgres(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let count = 0;
  try {
    // Web and worker may start together: one migrator at a time.
    await client.query("select pg_advisory_lock(72417301)");
    await client.query(
      "create table if not exists _app_migrations (name text primary key, checksum text not null, applied_at timestamptz not null default now())",
    );
    const { rows } = await client.query("select name, checksum from _app_migrations");
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    for (const m of loadMigrations("prisma/postgres/migrations")) {
      if (checkApplied(applied, m)) continue;
      await client.query("begin");
      try {
        await client.query(m.sql);
        await client.query("insert into _app_migrations (name, checksum) values ($1, $2)", [m.name, m.checksum]);
        await client.query("commit");
      } catch (err) {
        await client.query("rollback");
        throw err;
      }
      count++;
    }
  } finally {
    await client.query("select pg_advisory_unlock(72417301)").catch(() => {});
    await client.end();
  }
  return count;
}

export async function migrate(url = process.env.DATABASE_URL || DEFAULT_URL) {
  if (url.startsWith("file:")) return migrateSqlite(url);
  if (/^postgres(ql)?:\/\//.test(url)) return migratePostgres(url);
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().then(
    (n) => {
      if (n > 0) console.error(`database: applied ${n} migration(s)`);
    },
    (err) => {
      console.error(`database migration failed: ${err.message}`);
      process.exit(1);
    },
  );
}
