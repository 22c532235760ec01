// The one Prisma client. Shared by Next, the worker, the render pipeline and tests, so no
// "server-only" here. Both generated clients are imported statically (a dynamic require breaks
// the ESM worker bundle); DATABASE_URL alone picks the engine.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

function create(): Db {
  if (env.databaseProvider === "postgresql") {
    // Serverless hosts: keep the pool small per instance; put a pooler (PgBouncer) in front.
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.NODE_ENV === "production" ? 5 : 10 });
    // Same schema, same API: the generated Postgres client differs only in its provider.
    return new PgPrismaClient({ adapter }) as unknown as Db;
  }
  return new PrismaClient({ adapter: withSynchronous(new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 10_000 })) });
}

/**
 * The adapter's connection with PRAGMA synchronous from SQLITE_SYNCHRONOUS (a per-connection
 * setting; the adapter has no option for it). The database is in WAL mode (scripts/migrate.mjs).
 */
function withSynchronous(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeRaw({ sql: `PRAGMA synchronous = ${env.SQLITE_SYNCHRONOUS.toUpperCase()}`, args: [], argTypes: [] });
    return adapter;
  };
  return factory;
}

// One client per process, in production too. `next start` can load this module more than once (the
// instrumentation hook that runs the job supervisor and the route handlers are bundled apart), and
// two SQLite connections in one process deadlock: better-sqlite3 waits for a lock synchronously (the
// 10 s busy timeout), so while one connection waits, the other cannot reach the COMMIT that would
// free it. After 10 s of a frozen server the waiter fails with "Operation has timed out" (SQLITE_BUSY),
// which is what the supervisor's claims hit under load. One connection serialises writes in-process
// instead (the adapter queues transactions asynchronously); the busy timeout is left to other processes.
const globalForDb = globalThis as unknown as { inksetDb?: Db };
export const db: Db = (globalForDb.inksetDb ??= create());
