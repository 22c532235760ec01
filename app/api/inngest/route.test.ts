// The real /api/inngest handlers (serve() from inngest/next) in cloud mode: introspection, and the
// SDK's request-signature check. No request leaves the machine (INNGEST_BASE_URL is a closed port).
// e2e/inngest.spec.ts repeats the signature checks against `next start`.
import { createHmac } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

const KEY = vi.hoisted(() => {
  const key = "signkey-test-6b1f0e8c3d2a4f5b9c7e1a2b3c4d5e6f";
  vi.stubEnv("INNGEST_DEV", "0");
  vi.stubEnv("PDF_RUNNER", "inngest");
  vi.stubEnv("INNGEST_SIGNING_KEY", key);
  vi.stubEnv("INNGEST_EVENT_KEY", "test-event-key");
  vi.stubEnv("INNGEST_BASE_URL", "http://127.0.0.1:9");
  vi.stubEnv("LOG_LEVEL", "error");
  return key;
});

import { GET, POST, maxDuration } from "@/app/api/inngest/route";
import { env } from "@/lib/env";

const URL_BASE = "http://127.0.0.1:3200/api/inngest";

/** The scheme Inngest uses: HMAC-SHA256 over body + timestamp, keyed by the key without its prefix. */
function sign(body: string, key: string, ts = Math.floor(Date.now() / 1000)) {
  const mac = createHmac("sha256", key.replace(/^signkey-\w+-/, ""))
    .update(body + ts)
    .digest("hex");
  return `t=${ts}&s=${mac}`;
}

// Next passes a second argument (route context); the handlers accept it but do not need params here.
const ctx = { params: Promise.resolve({}) };

async function get(headers: Record<string, string> = {}) {
  const res = await GET(new NextRequest(URL_BASE, { headers }), ctx);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function runRequest(signature: string | null) {
  const body = JSON.stringify({
    event: { name: "pdf/job.requested", data: { jobId: "x" } },
    events: [],
    steps: {},
    ctx: { run_id: "r1", attempt: 0 },
  });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature) headers["x-inngest-signature"] = signature;
  return POST(new NextRequest(`${URL_BASE}?fnId=inkset-render-pdf&stepId=step`, { method: "POST", body, headers }), ctx).then(
    async (res) => ({ status: res.status, text: await res.text(), body }),
  );
}

describe("/api/inngest (cloud mode)", () => {
  it("refuses to introspect for an unsigned request or one signed with another key", async () => {
    expect(await get()).toEqual({ status: 401, body: { message: "Unauthorized" } });
    const wrong = await get({ "x-inngest-signature": sign("", "signkey-test-00000000000000000000000000000000") });
    expect(wrong).toEqual({ status: 401, body: { message: "Unauthorized" } });
  });

  it("introspects for a request signed with the signing key: app, functions, serve path, key hashes", async () => {
    const { status, body } = await get({ "x-inngest-signature": sign("", KEY) });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      authentication_succeeded: true,
      mode: "cloud",
      app_id: "inkset",
      // render-pdf (+ its onFailure handler), render-pdf-cancelled, cleanup-jobs, relay-outbox
      function_count: 5,
      has_signing_key: true,
      has_event_key: true,
      serve_path: "/api/inngest",
      signing_key_hash: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    expect(JSON.stringify(body)).not.toContain(KEY.slice("signkey-test-".length));
  });

  it("refuses a run request signed with the wrong key, unsigned, or with an expired signature", async () => {
    for (const signature of [
      sign("{}", "signkey-test-00000000000000000000000000000000"),
      null,
      sign("{}", KEY, Math.floor(Date.now() / 1000) - 3600),
    ]) {
      const res = await runRequest(signature);
      expect(res.status).toBe(401);
      expect(res.text).not.toContain(KEY);
    }
  });

  it("keeps the checkpoint budget and one render inside the route's maxDuration", () => {
    expect(maxDuration).toBe(800);
    expect(env.INNGEST_CHECKPOINT_MAX_RUNTIME_SECONDS).toBeLessThan(maxDuration);
    // The render step runs in one request: its timeout plus upload must fit the route's duration.
    expect(env.PDF_TIMEOUT_SECONDS + 60).toBeLessThan(maxDuration);
  });
});
