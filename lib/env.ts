// The only module that reads process.env. Parsed once; every default works on a fresh machine.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1");
const int = (def: number) => z.coerce.number().int().positive().default(def);
const absoluteDirs = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((d) => d.trim())
      .filter(Boolean),
  )
  .refine((dirs) => dirs.every((d) => path.isAbsolute(d)), "must be a comma-separated list of absolute paths");
const optional = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    APP_URL: optional,
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),

    DATABASE_URL: z
      .string()
      .default("file:./data/inkset.db")
      .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), "must start with file: or postgres://"),
    /**
     * SQLite only: `normal` syncs the write-ahead log to disk at checkpoints, `full` at every commit
     * (~3 ms each here, six commits on a job's path). WAL with `normal` never corrupts the database;
     * a power loss can undo the last commits.
     */
    SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("normal"),

    AUTH_SECRET: optional,
    /** Public origin for OAuth callbacks (Auth.js reads it itself); needed behind proxies. */
    AUTH_URL: optional,
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,
    AUTH_OIDC_ISSUER: optional,
    AUTH_OIDC_ID: optional,
    AUTH_OIDC_SECRET: optional,
    AUTH_OIDC_NAME: z.string().default("Single sign-on"),
    /** Development sign-in (no password) in production. Never set this on a public deployment. */
    AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION: bool,
    /**
     * How long a verified API token is remembered per server process (0 = never). Revoking a token
     * drops it at once in the process that handled the revoke; other instances follow within this TTL.
     */
    API_TOKEN_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),

    PDF_RUNNER: z.enum(["local", "inngest", "off"]).default("local"),
    PDF_WORKER_CONCURRENCY: int(Math.max(1, Math.min(4, os.availableParallelism() - 1))),
    MAX_PDF_MEMORY_MB: int(2048),
    PDF_TIMEOUT_SECONDS: int(600),
    PDF_SYNC_TIMEOUT_SECONDS: int(30),
    MAX_PDF_PAGES: int(1000),
    MAX_PDF_SIZE_MB: z.coerce.number().positive().default(50),
    MAX_REQUEST_BODY_MB: z.coerce.number().positive().default(8),
    /** Largest uploaded image asset; uploads (REST and the settings form) get 413 above it. */
    MAX_ASSET_MB: z.coerce.number().positive().default(8),
    MAX_ASSETS_PER_USER: int(200),
    JOB_RETENTION_HOURS: z.coerce.number().positive().default(24),
    JOB_CLEANUP_INTERVAL_HOURS: z.coerce.number().positive().default(6),
    JOB_MAX_ATTEMPTS: int(3),
    JOB_LEASE_SECONDS: int(30),
    /** How often an idle supervisor looks for pending jobs (another process may have queued them). */
    JOB_POLL_INTERVAL_MS: int(100),
    /** Keep one render child started ahead of time (beats the ~0.5 s cold start); "false" to disable. */
    PDF_SPARE_CHILD: z
      .enum(["true", "false", "1", "0"])
      .default("true")
      .transform((v) => v === "true" || v === "1"),
    // Off by default until the job suite's timing-sensitive tests (cancel within 1 s, one child per job)
    // are reworked for kept children; bench:throughput shows what it gains.
    PDF_CHILD_REUSE: z
      .enum(["true", "false", "1", "0"])
      .default("true")
      .transform((v) => v === "true" || v === "1"),
    /** CPU time (ms) a waiting spare child spends warming up on small renders; 0 = one tiny page only. */
    PDF_SPARE_WARMUP_MS: z.coerce.number().int().min(0).max(60_000).default(6000),
    /**
     * Pages from which a document's 100-page chunks are drawn in parallel (lib/render/chunks): by the
     * render child's chunk threads when the node has a core free, and on Inngest as parallel steps.
     * The file is the same either way. 0 = never. Documents with images use one thread.
     */
    PDF_PARALLEL_MIN_PAGES: z.coerce.number().int().min(0).max(100_000).default(200),
    /** Render processes at once on this node (jobs, synchronous renders and previews together). */
    RENDER_CHILDREN_MAX: int(os.availableParallelism() + 2),
    /** Memory the render processes on this node may reserve together (each reserves MAX_PDF_MEMORY_MB). */
    RENDER_CHILDREN_MEMORY_MB: int(Math.max(1024, Math.floor((os.totalmem() / 1024 / 1024) * 0.75))),
    /** Renders a user may run synchronously at once (POST /api/pdf/generate; previews have their own). */
    SYNC_RENDERS_PER_USER: int(1),
    /** Worker threads that check templates off the web server's event loop. */
    INSPECT_WORKERS: int(Math.max(1, Math.min(4, os.availableParallelism() - 1))),
    INSPECT_MEMORY_MB: int(512),
    INSPECT_TIMEOUT_SECONDS: int(20),
    INSPECT_QUEUE_MAX: int(64),
    INSPECT_PER_USER: int(8),
    /** Largest template text accepted for a render or check (before it is parsed). */
    INSPECT_MAX_TEMPLATE_MB: z.coerce.number().positive().default(8),
    /** Checked documents kept per process (their result and compiled form, lib/jobs/inspect-cache.ts); 0 = off. */
    INSPECT_CACHE_MB: z.coerce.number().int().min(0).default(64),
    /** TEST-ONLY: stretches every render by this many ms. Ignored unless NODE_ENV=test. */
    INKSET_TEST_RENDER_DELAY_MS: z.coerce.number().int().min(0).default(0),

    STORAGE_DRIVER: z.enum(["fs", "s3"]).default("fs"),
    JOBS_DIR: z.string().default("data/jobs"),
    STORAGE_S3_BUCKET: optional,
    STORAGE_S3_REGION: z.string().default("us-east-1"),
    STORAGE_S3_ENDPOINT: optional,
    STORAGE_S3_ACCESS_KEY_ID: optional,
    STORAGE_S3_SECRET_ACCESS_KEY: optional,
    STORAGE_S3_FORCE_PATH_STYLE: bool,
    DOWNLOAD_MODE: z.enum(["stream", "redirect"]).default("stream"),
    DOWNLOAD_URL_TTL_SECONDS: int(300),

    INNGEST_EVENT_KEY: optional,
    INNGEST_SIGNING_KEY: optional,
    INNGEST_DEV: optional,
    /** A self-hosted Inngest server (e.g. http://inngest.internal:8288); unset for Inngest Cloud. */
    INNGEST_BASE_URL: optional,
    /** Stream responses back to Inngest (Next.js on Vercel Fluid Compute); off elsewhere. */
    INNGEST_STREAMING: bool,
    /** Checkpointing hands over to async mode after this long; keep below the route's maxDuration (800 s). */
    INNGEST_CHECKPOINT_MAX_RUNTIME_SECONDS: int(780),
    /** How often a long-running process (web or worker) re-sends outbox events left unsent. */
    OUTBOX_RELAY_INTERVAL_SECONDS: int(30),
    INNGEST_USER_CONCURRENCY: int(2),
    INNGEST_GLOBAL_CONCURRENCY: int(10),

    /** Dev/test only: lets `webhook_url` use plain http (otherwise https is required). */
    WEBHOOK_ALLOW_HTTP: bool,
    /** Dev/test only: lets webhooks reach loopback/private addresses (the SSRF guard is off). Never in production. */
    WEBHOOK_ALLOW_PRIVATE: bool,

    // Quotas per plan (docs/api.md#quotas). A user's QuotaOverride row beats these.
    QUOTA_FREE_JOBS_PER_DAY: int(100),
    QUOTA_FREE_CONCURRENT_JOBS: int(5),
    QUOTA_FREE_PAGES_PER_MONTH: int(10_000),
    QUOTA_FREE_STORAGE_MB: int(500),
    QUOTA_PRO_JOBS_PER_DAY: int(2000),
    QUOTA_PRO_CONCURRENT_JOBS: int(10),
    QUOTA_PRO_PAGES_PER_MONTH: int(250_000),
    QUOTA_PRO_STORAGE_MB: int(20_000),
    /** Job events power quotas (pages per month) and the operator dashboard: keep at least a month. */
    JOB_EVENT_RETENTION_DAYS: z.coerce.number().int().min(32, "must be at least 32 (pages are counted per month)").default(90),

    // Rate limits (docs/api.md#rate-limits): requests per minute, per user (or token's user) or per IP.
    RATE_LIMIT_STORE: z.enum(["memory", "redis", "off"]).default("memory"),
    /** Redis for RATE_LIMIT_STORE=redis: instances sharing it share their limits. */
    REDIS_URL: z.string().default("redis://127.0.0.1:6379"),
    RATE_LIMIT_REDIS_PREFIX: z.string().default("inkset:rl"),
    RATE_LIMIT_READ_PER_MINUTE: int(600),
    RATE_LIMIT_WRITE_PER_MINUTE: int(120),
    RATE_LIMIT_RENDER_PER_MINUTE: int(60),
    RATE_LIMIT_PUBLIC_PER_MINUTE: int(120),
    RATE_LIMIT_SIGN_IN_PER_MINUTE: int(10),
    /** Share-link downloads (GET /s/{token}, no sign-in) per client IP. */
    RATE_LIMIT_SHARE_PER_MINUTE: int(30),
    /** Proxies in front of the app that append to X-Forwarded-For (0: the app sees clients directly). */
    RATE_LIMIT_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),

    // Job-finished e-mail (lib/mail). Without SMTP_URL, mails are kept in the in-app outbox only.
    /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465; unset: no mail leaves the machine. */
    SMTP_URL: optional,
    MAIL_FROM: z.string().default("Inkset <no-reply@inkset.localhost>"),

    REMOTE_IMAGES: z.enum(["off", "allowlist"]).default("off"),
    IMAGE_HOSTS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((h) => h.trim())
          .filter(Boolean),
      ),
    /** §7.8 asset_roots: server folders `asset:` names are also looked up in (after the owner's uploads). */
    ASSET_ROOTS: absoluteDirs,
    /** §7.8 font_dirs: server folders of extra TTF/OTF/WOFF fonts (e.g. a CJK family), one face per file. */
    FONT_DIRS: absoluteDirs,

    /** Internal: set by the parent for render children, which get no secrets (renderChildEnv). */
    INKSET_RENDER_CHILD: bool,
  })
  .superRefine((v, ctx) => {
    // `next build` runs with NODE_ENV=production but has no runtime secrets; they are checked at
    // start. A render child has none by design.
    if (v.NODE_ENV !== "production" || isBuildPhase() || v.INKSET_RENDER_CHILD) return;
    const need = (key: keyof typeof v, why: string) => {
      if (!v[key]) ctx.addIssue({ code: "custom", path: [key], message: `is required ${why}` });
    };
    need("AUTH_SECRET", "in production (generate one with `openssl rand -base64 32`)");
    if (v.PDF_RUNNER === "inngest") {
      need("INNGEST_SIGNING_KEY", "when PDF_RUNNER=inngest in production");
      need("INNGEST_EVENT_KEY", "when PDF_RUNNER=inngest in production");
    }
    if (v.STORAGE_DRIVER === "s3") need("STORAGE_S3_BUCKET", "when STORAGE_DRIVER=s3");
  });

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; databaseProvider: "sqlite" | "postgresql" };

// Next sets NEXT_PHASE while it builds.
const isBuildPhase = () => process.env.NEXT_PHASE === "phase-production-build";

/** Outside production a fresh clone needs no env file: keep a generated secret under data/. */
function developmentSecret(): string {
  const file = path.join(process.cwd(), "data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const v = result.data;
  return {
    ...v,
    AUTH_SECRET:
      v.AUTH_SECRET ?? (isBuildPhase() || v.INKSET_RENDER_CHILD ? "placeholder-never-used-outside-the-web-process" : developmentSecret()),
    databaseProvider: v.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql",
  };
}

/**
 * The whole environment of a render child: what the renderer reads, plus what Node and the OS need
 * to run. Nothing else is passed on, so a template that found a way to run code or read
 * /proc/self/environ in the child would find no database URL, session key, storage or Inngest keys.
 */
const RENDER_CHILD_VARS = [
  "NODE_ENV",
  "LOG_LEVEL",
  "FONT_DIRS",
  "ASSET_ROOTS",
  "REMOTE_IMAGES",
  "IMAGE_HOSTS",
  "MAX_ASSET_MB",
  "PDF_SPARE_WARMUP_MS",
  "PDF_PARALLEL_MIN_PAGES",
  "PATH",
  "HOME",
  "TMPDIR",
  "TZ",
  "LANG",
  "LC_ALL",
  "SYSTEMROOT",
] as const;

export function renderChildEnv(source: Record<string, string | undefined> = process.env): Record<string, string> {
  const out: Record<string, string> = { INKSET_RENDER_CHILD: "true" };
  for (const key of RENDER_CHILD_VARS) {
    const value = source[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Settings that must never be on in a public production deployment; start-up shouts about them. */
export function unsafeProductionFlags(
  e: Pick<Env, "NODE_ENV" | "AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION" | "WEBHOOK_ALLOW_PRIVATE" | "WEBHOOK_ALLOW_HTTP">,
): string[] {
  if (e.NODE_ENV !== "production") return [];
  const flags: string[] = [];
  if (e.AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION)
    flags.push("AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION=true: anyone can sign in as any e-mail address without a password");
  if (e.WEBHOOK_ALLOW_PRIVATE)
    flags.push("WEBHOOK_ALLOW_PRIVATE=true: webhooks can reach loopback and private addresses (the SSRF guard is off)");
  if (e.WEBHOOK_ALLOW_HTTP) flags.push("WEBHOOK_ALLOW_HTTP=true: webhook payloads and signatures travel unencrypted");
  return flags;
}

// This module is the one place that reads process.env (enforced by eslint.config.mjs).
export const env: Env = parseEnv(process.env);
