import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("configuration", () => {
  it("works on a fresh machine with no variables at all", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBe("file:./data/inkset.db");
    expect(env.databaseProvider).toBe("sqlite");
    expect(env.PDF_RUNNER).toBe("local");
    expect(env.MAX_PDF_PAGES).toBe(1000);
    expect(env.PDF_TIMEOUT_SECONDS).toBe(600);
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("derives the engine from DATABASE_URL alone", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://db/inkset", AUTH_SECRET: "s" }).databaseProvider).toBe("postgresql");
    expect(() => parseEnv({ DATABASE_URL: "mysql://db" })).toThrow(/DATABASE_URL: must start with file: or postgres/);
  });

  it("reads server font and asset folders as absolute paths only", () => {
    expect(parseEnv({ FONT_DIRS: "/srv/fonts, /usr/share/fonts/cjk", ASSET_ROOTS: "" })).toMatchObject({
      FONT_DIRS: ["/srv/fonts", "/usr/share/fonts/cjk"],
      ASSET_ROOTS: [],
    });
    expect(() => parseEnv({ ASSET_ROOTS: "assets" })).toThrow(/ASSET_ROOTS: must be a comma-separated list of absolute paths/);
  });

  it("stops production startup naming each missing required setting", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x", PDF_RUNNER: "inngest" })).toThrow(/INNGEST_SIGNING_KEY/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x", STORAGE_DRIVER: "s3" })).toThrow(/STORAGE_S3_BUCKET/);
  });

  it("rejects malformed numbers instead of silently defaulting", () => {
    expect(() => parseEnv({ MAX_PDF_PAGES: "lots" })).toThrow(/MAX_PDF_PAGES/);
  });
});

describe("render child environment and unsafe flags (issue 16)", () => {
  it("passes a render child only what the renderer needs, never a secret", async () => {
    const { renderChildEnv } = await import("@/lib/env");
    const server = {
      NODE_ENV: "production",
      PATH: "/usr/bin",
      FONT_DIRS: "/srv/fonts",
      AUTH_SECRET: "s3cret",
      DATABASE_URL: "postgres://u:p@db/inkset",
      STORAGE_S3_SECRET_ACCESS_KEY: "k",
      INNGEST_SIGNING_KEY: "signkey-prod-x",
      INNGEST_EVENT_KEY: "e",
      AUTH_GITHUB_SECRET: "g",
      AUTH_OIDC_SECRET: "o",
    };
    const child = renderChildEnv(server);
    expect(child).toEqual({ INKSET_RENDER_CHILD: "true", NODE_ENV: "production", PATH: "/usr/bin", FONT_DIRS: "/srv/fonts" });
    // …and that is enough for the child's own configuration to load in production.
    expect(parseEnv(child)).toMatchObject({ NODE_ENV: "production", FONT_DIRS: ["/srv/fonts"] });
  });

  it("names each unsafe production flag, and none outside production", async () => {
    const { unsafeProductionFlags } = await import("@/lib/env");
    const unsafe = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: "x",
      AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION: "true",
      WEBHOOK_ALLOW_PRIVATE: "true",
    });
    expect(unsafeProductionFlags(unsafe)).toEqual([
      expect.stringMatching(/^AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION=true/),
      expect.stringMatching(/^WEBHOOK_ALLOW_PRIVATE=true/),
    ]);
    expect(unsafeProductionFlags({ ...unsafe, NODE_ENV: "development" })).toEqual([]);
  });
});
