import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export async function checkDatabase(): Promise<{ ok: boolean; engine: string; latency_ms?: number }> {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("select 1");
    return { ok: true, engine: env.databaseProvider, latency_ms: Math.round(performance.now() - started) };
  } catch {
    // The reason goes to the logs only: a connection error can name hosts and users.
    return { ok: false, engine: env.databaseProvider };
  }
}
