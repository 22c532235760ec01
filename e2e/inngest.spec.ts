// The real /api/inngest handler under `next start`. No Inngest server can run on these machines,
// so this checks what Inngest itself would see: the SDK's introspection answer and its refusal of
// requests not signed with INNGEST_SIGNING_KEY. The suite's server (127.0.0.1:3200) runs in dev
// mode; a second `next start` from the same build runs in cloud mode, where signatures are checked.
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { e2eEnv } from "../playwright.config";
import { expect, test } from "./fixtures";

const CLOUD_PORT = 3201;
const CLOUD_ORIGIN = `http://127.0.0.1:${CLOUD_PORT}`;
const SIGNING_KEY = "signkey-test-5a0c9e7d1b3f4a6e8c2d0b9a7f5e3c1d";
const OTHER_KEY = "signkey-test-00000000000000000000000000000000";
const FUNCTION_COUNT = 5; // render-pdf (+ its onFailure handler), render-pdf-cancelled, cleanup-jobs, relay-outbox

/** Inngest's request signature: HMAC-SHA256 over body + timestamp, keyed by the key sans prefix. */
function sign(body: string, key: string, ts = Math.floor(Date.now() / 1000)) {
  const mac = createHmac("sha256", key.replace(/^signkey-\w+-/, ""))
    .update(body + ts)
    .digest("hex");
  return `t=${ts}&s=${mac}`;
}

test.describe("/api/inngest on the suite's server (PDF_RUNNER=local)", () => {
  test("answers a clear 404 instead of the SDK's 500: this server does not run Inngest functions", async ({ request }) => {
    for (const method of ["GET", "POST", "PUT"] as const) {
      const res = await request.fetch("/api/inngest", { method });
      expect(res.status(), method).toBe(404);
      expect((await res.json()).error.message).toContain("Inngest is not used on this server (PDF_RUNNER=local)");
    }
  });
});

test.describe("/api/inngest in cloud mode (signed requests only)", () => {
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = spawn("node_modules/.bin/next", ["start", "-p", String(CLOUD_PORT), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        ...e2eEnv,
        NODE_ENV: "production",
        PDF_RUNNER: "inngest",
        INNGEST_DEV: "0",
        INNGEST_SIGNING_KEY: SIGNING_KEY,
        INNGEST_EVENT_KEY: "e2e-event-key",
        // Anything the SDK might call (sync, events) goes to a closed local port, never the Internet.
        INNGEST_BASE_URL: "http://127.0.0.1:9",
      },
      stdio: "ignore",
    });
    const deadline = Date.now() + 90_000;
    for (;;) {
      const up = await fetch(`${CLOUD_ORIGIN}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error("cloud-mode next start did not come up");
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(server.pid, "SIGTERM");
  });

  test("refuses to introspect for unsigned and wrongly signed requests", async ({ request }) => {
    const unsigned = await request.get(`${CLOUD_ORIGIN}/api/inngest`);
    expect(unsigned.status()).toBe(401);
    const wrong = await request.get(`${CLOUD_ORIGIN}/api/inngest`, { headers: { "x-inngest-signature": sign("", OTHER_KEY) } });
    expect(wrong.status()).toBe(401);
  });

  test("introspects for a request signed with the signing key", async ({ request }) => {
    const res = await request.get(`${CLOUD_ORIGIN}/api/inngest`, { headers: { "x-inngest-signature": sign("", SIGNING_KEY) } });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      authentication_succeeded: true,
      mode: "cloud",
      app_id: "inkset",
      function_count: FUNCTION_COUNT,
      has_event_key: true,
      has_signing_key: true,
      serve_path: "/api/inngest",
      framework: "nextjs",
    });
  });

  test("refuses a function-run request signed with the wrong key (nothing runs)", async ({ request }) => {
    const body = JSON.stringify({
      event: { name: "pdf/job.requested", data: { jobId: "x", ownerId: "y", plan: "free" } },
      events: [],
      steps: {},
      ctx: { run_id: "01E2E", attempt: 0 },
    });
    for (const signature of [sign(body, OTHER_KEY), undefined]) {
      const res = await request.post(`${CLOUD_ORIGIN}/api/inngest?fnId=inkset-render-pdf&stepId=step`, {
        data: body,
        headers: { "content-type": "application/json", ...(signature ? { "x-inngest-signature": signature } : {}) },
      });
      expect(res.status()).toBe(401);
    }
  });
});
