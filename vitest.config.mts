import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import { testDatabases } from "./tests/setup/databases";

// Three projects: pure unit tests once, and every `*.db.test.ts` once per database engine
// (SQLite always; Postgres when reachable — CI guarantees it is). Each engine gets a fresh
// database for the run, dropped afterwards (tests/setup/db-global.ts).
const dbProjects = testDatabases().map(({ name, url }) => ({
  extends: true as const,
  test: {
    name,
    include: ["**/*.db.test.ts", "**/*.db.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", "dist/**"],
    // No spare-child warm-up in tests: it would spend idle CPU the suite needs (lib/render/warm-up.test.ts covers it).
    // Quotas far above what any suite queues; quota tests set low limits per user (QuotaOverride).
    env: {
      DATABASE_URL: url,
      NODE_ENV: "test" as const,
      PDF_SPARE_WARMUP_MS: "0",
      // One child per job, so tests can follow a job's process; lib/jobs/child-reuse.test.ts turns reuse on.
      PDF_CHILD_REUSE: "false",
      QUOTA_FREE_JOBS_PER_DAY: "100000",
      QUOTA_FREE_CONCURRENT_JOBS: "100000",
      // Suites call routes far faster than any client may; rate-limit tests turn it back on.
      RATE_LIMIT_STORE: "off",
    },
    globalSetup: ["tests/setup/db-global.ts"],
    setupFiles: ["tests/setup/empty-queue.ts"],
    // Database files share one database per engine; supervisors claim any pending job.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
}));

export default defineConfig({
  plugins: [tsconfigPaths()],
  // `server-only` throws outside Next's server build; route handlers are tested directly here.
  resolve: { alias: { "server-only": new URL("./tests/setup/server-only-stub.ts", import.meta.url).pathname } },
  test: {
    environment: "node",
    // next-auth imports `next/server` without an extension, which Node's ESM resolver refuses.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          env: { RATE_LIMIT_STORE: "off", PDF_CHILD_REUSE: "false" },
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: ["node_modules/**", "e2e/**", "dist/**", "**/*.db.test.ts", "**/*.db.test.tsx"],
          testTimeout: 30_000,
        },
      },
      ...dbProjects,
    ],
  },
});
