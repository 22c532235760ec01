import { defineConfig } from "@playwright/test";

// One fresh SQLite database and jobs directory per run; workers inherit the id from the main process.
process.env.E2E_RUN_ID ??= Date.now().toString(36);
const runDir = `data/e2e/${process.env.E2E_RUN_ID}`;
// E2E_PORT / E2E_OIDC_PORT / E2E_S3_PORT let several checkouts run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 3200);
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 4010);
// Next reports request URLs with "localhost" whatever address it binds, and the OAuth redirect_uri
// must match exactly, so the tests use that name throughout.
export const APP_ORIGIN = `http://localhost:${port}`;

const useS3 = process.env.E2E_STORAGE_DRIVER === "s3";
const s3Port = Number(process.env.E2E_S3_PORT ?? 4569);

export const e2eEnv = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:./${runDir}/inkset.db`,
  JOBS_DIR: `${runDir}/jobs`,
  AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
  AUTH_URL: APP_ORIGIN,
  AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION: "true",
  AUTH_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
  AUTH_OIDC_ID: "inkset-e2e",
  AUTH_OIDC_SECRET: "inkset-e2e-secret",
  AUTH_OIDC_NAME: "Test IdP",
  INNGEST_DEV: "1",
  INNGEST_SIGNING_KEY: "signkey-test-0123456789abcdef0123456789abcdef",
  PDF_WORKER_CONCURRENCY: "2",
  // The spare child's idle warm-up would compete with the browser for the CI machine's CPU.
  PDF_SPARE_WARMUP_MS: "0",
  // The suite queues more jobs than a free plan allows in a day; quota specs set per-user limits.
  QUOTA_FREE_JOBS_PER_DAY: "100000",
  QUOTA_FREE_CONCURRENT_JOBS: "100000",
  // Limits on (the code path runs), far above what one test user sends.
  RATE_LIMIT_READ_PER_MINUTE: "100000",
  RATE_LIMIT_WRITE_PER_MINUTE: "100000",
  RATE_LIMIT_RENDER_PER_MINUTE: "100000",
  RATE_LIMIT_PUBLIC_PER_MINUTE: "100000",
  RATE_LIMIT_SIGN_IN_PER_MINUTE: "100000",
  RATE_LIMIT_SHARE_PER_MINUTE: "100000",
  // The webhook endpoint spec's receiver is plain http on loopback (the server shouts about both at start).
  WEBHOOK_ALLOW_HTTP: "true",
  WEBHOOK_ALLOW_PRIVATE: "true",
  STORAGE_DRIVER: process.env.E2E_STORAGE_DRIVER ?? "fs",
  // E2E_STORAGE_DRIVER=s3: the same suite against a real S3-compatible server (s3rver, below).
  ...(useS3
    ? {
        STORAGE_S3_BUCKET: "inkset-e2e",
        STORAGE_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
        STORAGE_S3_ACCESS_KEY_ID: "S3RVER",
        STORAGE_S3_SECRET_ACCESS_KEY: "S3RVER",
        STORAGE_S3_FORCE_PATH_STYLE: "true",
      }
    : {}),
};
for (const [key, value] of Object.entries(e2eEnv)) if (key !== "NODE_ENV") process.env[key] ??= value;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_ORIGIN,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    ...(useS3
      ? [
          {
            command: `npx tsx tests/setup/s3-server-cli.ts`,
            // s3rver answers an unsigned GET with 403, which Playwright counts as "up".
            url: `http://127.0.0.1:${s3Port}/`,
            reuseExistingServer: false,
            timeout: 30_000,
            env: { E2E_S3_PORT: String(s3Port), E2E_S3_BUCKET: "inkset-e2e" },
          },
        ]
      : []),
    {
      command: "node e2e/oidc-provider.mjs",
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      env: { E2E_OIDC_PORT: String(oidcPort), E2E_APP_ORIGIN: APP_ORIGIN },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // `npm run build` must have run; the e2e script does it.
      command: `node scripts/migrate.mjs && exec node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: e2eEnv,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
