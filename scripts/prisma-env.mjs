// Environment for the Prisma CLI, set by the project so no developer shell or .env needs it.
// PRISMA_QUERY_ENGINE_LIBRARY points at any existing file: with the JS client engine the CLI
// never loads it, but without it the CLI tries to download a native engine (offline here).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const self = fileURLToPath(import.meta.url);

export function prismaCliEnv(provider, databaseUrl) {
  // The CLI opens its SQLite adapter even for offline diffs; on a fresh clone data/ does not exist yet.
  if (provider === "sqlite" && !databaseUrl) mkdirSync("data", { recursive: true });
  const url = databaseUrl ?? (provider === "postgresql" ? "postgresql://postgres@127.0.0.1:5432/postgres" : "file:./data/inkset.db");
  return {
    ...process.env,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? self,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    DATABASE_PROVIDER: provider,
    DATABASE_URL: url,
  };
}
