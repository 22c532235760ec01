// SQLite's connection syncs the write-ahead log at checkpoints, not at every commit (SQLITE_SYNCHRONOUS,
// lib/db/client.ts): a full sync per commit was ~3 ms each, six times on every job's path.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

describe.runIf(env.databaseProvider === "sqlite")("the SQLite connection", () => {
  it("runs in WAL mode with synchronous = NORMAL", async () => {
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
    expect(mode?.journal_mode).toBe("wal");
    expect(Number(sync?.synchronous)).toBe(1); // 1 = NORMAL, 2 = FULL
  });
});
