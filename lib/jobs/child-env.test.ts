// The render child's real environment, read from /proc while it runs: no server secret reaches it.
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const SECRETS = vi.hoisted(() => {
  const secrets = {
    AUTH_SECRET: "child-env-test-auth-secret",
    DATABASE_URL: "postgres://inkset:child-env-db-password@127.0.0.1:5432/none",
    STORAGE_S3_SECRET_ACCESS_KEY: "child-env-s3-secret",
    INNGEST_SIGNING_KEY: "signkey-test-child-env",
    AUTH_OIDC_SECRET: "child-env-oidc-secret",
  };
  for (const [k, v] of Object.entries(secrets)) vi.stubEnv(k, v);
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  return secrets;
});

import { renderInChild } from "@/lib/jobs/child-process";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";

const dir = mkdtempSync(path.join(os.tmpdir(), "inkset-child-env-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(process.platform === "linux")("render child environment", () => {
  it("holds none of the server's secrets, and the render still works", async () => {
    ensureRenderChildBuilt();
    let environ = "";
    const result = await renderInChild({
      yaml: sampleTemplate({ pages: 1 }),
      outputPath: path.join(dir, "out.pdf"),
      options: { strict: false, deterministic: true, maxPages: 10 },
      timeoutSeconds: 60,
      onSpawn: (pid) => (environ = readFileSync(`/proc/${pid}/environ`, "utf8")),
    });
    expect(result.pageCount).toBe(1);
    const vars = Object.fromEntries(
      environ
        .split("\0")
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
    );
    expect(vars.INKSET_RENDER_CHILD).toBe("true");
    for (const [key, value] of Object.entries(SECRETS)) {
      expect(vars, key).not.toHaveProperty(key);
      expect(environ, key).not.toContain(value);
    }
  }, 120_000);
});
