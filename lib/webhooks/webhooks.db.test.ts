// Completion webhooks end to end on the real database (SQLite and Postgres), delivered over real
// HTTP to a receiver on 127.0.0.1 that checks each signature with the user's secret from the API:
// local runner, Inngest function, retries with backoff, giving up, no redirects, timeouts, a
// dispatcher that died mid-attempt, secret rotation's grace period, and the SSRF guard with its switch off.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-webhooks-${process.pid}-${Date.now()}`);
  // The receiver is plain http on loopback: both dev/test switches on (the guard test turns the
  // private-address one off per call; url.test.ts covers the defaults at creation).
  vi.stubEnv("WEBHOOK_ALLOW_HTTP", "true");
  vi.stubEnv("WEBHOOK_ALLOW_PRIVATE", "true");
  vi.stubEnv("APP_URL", "https://inkset.example.com");
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { NextRequest } from "next/server";
import { POST as generateRoute } from "@/app/api/pdf/generate/route";
import { DELETE as cancelRoute, GET as getRoute } from "@/app/api/pdf/jobs/[id]/route";
import { POST as createRoute } from "@/app/api/pdf/jobs/route";
import { GET as getSecretRoute, POST as rotateSecretRoute } from "@/app/api/me/webhook-secret/route";
import { db } from "@/lib/db/client";
import { createJob } from "@/lib/db/jobs";
import { claimWebhookDelivery } from "@/lib/db/webhooks";
import { env } from "@/lib/env";
import type { JobJson } from "@/lib/jobs/serialize";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { ensureRenderChildBuilt, sleep } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { deliverDueWebhooks, startDueWebhooks, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_MAX_IN_FLIGHT_PER_OWNER } from "@/lib/webhooks/dispatch";
import type { WebhookEvent } from "@/lib/webhooks/event";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";
import { renderPdf } from "@/inngest/functions/render-pdf";
import { jobRequestedEventId } from "@/lib/jobs/queue/inngest-events";

type Received = { path: string; headers: IncomingHttpHeaders; body: string };

// One receiver, behaviour by path: /ok 200, /flaky 500 then 200, /down 503, /redirect 302 → /target, /hang never answers.
const received: Received[] = [];
const seen = new Map<string, number>();
let server: Server;
let base = "";
const hits = (path: string) => received.filter((r) => r.path === path);

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      received.push({ path, headers: req.headers, body });
      const n = (seen.get(path) ?? 0) + 1;
      seen.set(path, n);
      if (path === "/hang") return; // never answers
      if (path === "/redirect") return res.writeHead(302, { location: `${base}/target` }).end();
      if (path === "/down" || (path === "/flaky" && n === 1)) return res.writeHead(path === "/down" ? 503 : 500).end("no");
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

const none = routeParams({});
const post = (token: string, json: unknown) =>
  createRoute(new NextRequest(apiRequest("/api/pdf/jobs", token, { method: "POST", json })), none);
const getJob = async (token: string, id: string) =>
  (await (await getRoute(new NextRequest(apiRequest(`/api/pdf/jobs/${id}`, token)), routeParams({ id }))).json()) as JobJson;
const cancel = (token: string, id: string) =>
  cancelRoute(new NextRequest(apiRequest(`/api/pdf/jobs/${id}`, token, { method: "DELETE" })), routeParams({ id }));
const secretOf = async (token: string, method: "GET" | "POST" = "GET") => {
  const route = method === "GET" ? getSecretRoute : rotateSecretRoute;
  const res = await route(new NextRequest(apiRequest("/api/me/webhook-secret", token, { method })), none);
  expect(res.status).toBe(200);
  return ((await res.json()) as { secret: string }).secret;
};

/** A job with a webhook, cancelled at once: finished without a render, so the dispatcher may send. */
async function cancelledJobWithWebhook(token: string, url: string): Promise<string> {
  const res = await post(token, { yaml_content: sampleTemplate({ pages: 1 }), webhook_url: url });
  expect(res.status).toBe(201);
  const job = (await res.json()) as JobJson;
  expect(job.webhook).toEqual({ url, status: "pending", attempts: 0, last_status_code: null, last_error: null, delivered_at: null });
  expect((await deliverDueWebhooks({ jobId: job.id })).delivered).toBe(0); // not finished: nothing to send
  expect((await cancel(token, job.id)).status).toBe(204);
  return job.id;
}

async function until(check: () => Promise<boolean> | boolean, ms = 45_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await sleep(50);
  }
}

const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

describe("webhook_url on POST /api/pdf/jobs", () => {
  it("is validated and named in the error; /api/pdf/generate refuses it", async () => {
    const { token } = await userWithToken("wh");
    const cases: [unknown, RegExp][] = [
      ["not a url", /^webhook_url: must be an https URL$/],
      ["ftp://hooks.example.com/x", /^webhook_url: must be an https URL$/],
      [42, /^webhook_url: /],
      [`https://hooks.example.com/${"x".repeat(2048)}`, /^webhook_url: must be at most 2048 characters$/],
      ["https://user:pw@hooks.example.com/x", /^webhook_url: must not contain a user name or password$/],
    ];
    for (const [webhook_url, message] of cases) {
      const res = await post(token, { yaml_content: sampleTemplate(), webhook_url });
      expect(res.status, String(webhook_url)).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    const sync = await generateRoute(
      new NextRequest(
        apiRequest("/api/pdf/generate", token, { method: "POST", json: { yaml_content: sampleTemplate(), webhook_url: `${base}/ok` } }),
      ),
      none,
    );
    expect(sync.status).toBe(400);
    expect(((await sync.json()) as { error: { message: string } }).error.message).toMatch(/^webhook_url: only background jobs/);
  });
});

describe("webhook secret API", () => {
  it("creates the secret once, rotates it on POST, and keeps users apart", async () => {
    const a = await userWithToken("secret-a");
    const b = await userWithToken("secret-b");
    const first = await secretOf(a.token);
    expect(first).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(await secretOf(a.token)).toBe(first);
    const rotated = await secretOf(a.token, "POST");
    expect(rotated).not.toBe(first);
    expect(await secretOf(a.token)).toBe(rotated);
    expect(await secretOf(b.token)).not.toBe(rotated);
    const anonymous = await getSecretRoute(new NextRequest(apiRequest("/api/me/webhook-secret", "ink_not-a-token")), none);
    expect(anonymous.status).toBe(401);
  });
});

describe("rotating the secret", () => {
  it("signs with the new and the replaced secret for the grace period, then with the new one only", async () => {
    const { user, token } = await userWithToken("wh-rotate");
    const s0 = await secretOf(token);
    const s1 = await secretOf(token, "POST");
    const delivered = async (path: string) => {
      const jobId = await cancelledJobWithWebhook(token, `${base}${path}`);
      expect((await deliverDueWebhooks({ jobId })).delivered).toBe(1);
      const [got] = hits(path);
      return { header: String(got!.headers["inkset-signature"]), body: got!.body };
    };
    const during = await delivered("/rotated-during");
    expect(during.header).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect([s1, s0, "whsec_someone-else"].map((s) => verifyWebhookSignature(during.header, during.body, s))).toEqual([true, true, false]);

    await db.webhookSecret.update({ where: { userId: user.id }, data: { previousExpiresAt: new Date(Date.now() - 1000) } });
    const after = await delivered("/rotated-after");
    expect(after.header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect([s1, s0].map((s) => verifyWebhookSignature(after.header, after.body, s))).toEqual([true, false]);
  });
});

describe("delivery", () => {
  it("local runner: the finished job's signed event reaches the receiver, and the job shows it delivered", async () => {
    const { token } = await userWithToken("wh-local");
    const supervisor = startSupervisor({ concurrency: 1, retention: false });
    try {
      const res = await post(token, {
        yaml_content: sampleTemplate({ pages: 2 }),
        deterministic: true,
        webhook_url: `${base}/ok?job=local`,
      });
      const { id } = (await res.json()) as JobJson;
      await until(async () => (await getJob(token, id)).webhook?.status === "delivered");
      const job = await getJob(token, id);
      expect(job.status).toBe("completed");
      expect(job.webhook).toMatchObject({
        url: `${base}/ok?job=local`,
        status: "delivered",
        attempts: 1,
        last_status_code: 200,
        last_error: null,
      });
      expect(job.webhook?.delivered_at).toEqual(expect.any(String));

      const got = received.filter((r) => r.body.includes(id));
      expect(got).toHaveLength(1);
      const { headers, body } = got[0]!;
      const secret = await secretOf(token);
      expect(verifyWebhookSignature(headers["inkset-signature"] as string, body, secret)).toBe(true);
      expect(verifyWebhookSignature(headers["inkset-signature"] as string, body, "whsec_wrong")).toBe(false);
      expect(headers["content-type"]).toBe("application/json");
      const event = JSON.parse(body) as WebhookEvent;
      expect(headers["inkset-event-id"]).toBe(event.id);
      expect(event).toMatchObject({
        type: "pdf.job.completed",
        created_at: job.completed_at,
        job: {
          id,
          status: "completed",
          page_count: 2,
          error_message: null,
          created_at: job.created_at,
          started_at: job.started_at,
          completed_at: job.completed_at,
          download_path: `/api/pdf/jobs/${id}/download`,
          download_url: `https://inkset.example.com/api/pdf/jobs/${id}/download`,
        },
      });
      expect(body).not.toContain(secret);
    } finally {
      await supervisor.stop();
    }
  });

  it("Inngest: the render function's last step sends the webhook", async () => {
    ensureRenderChildBuilt();
    const { user, token } = await userWithToken("wh-inngest");
    const job = await createJob({
      ownerId: user.id,
      title: "Inngest hook",
      yamlContent: sampleTemplate({ pages: 1 }),
      deterministic: true,
      strictMode: false,
      webhookUrl: `${base}/ok?job=inngest`,
    });
    const engine = new InngestTestEngine({ function: renderPdf, transformCtx: (ctx) => ({ ...mockCtx(ctx), runId: "wh-run" }) });
    const { result } = await engine.execute({
      events: [{ name: "pdf/job.requested", id: jobRequestedEventId(job.id), data: { jobId: job.id, ownerId: user.id, plan: "free" } }],
    });
    expect(result).toEqual({ status: "completed", pages: 1 });
    const got = received.filter((r) => r.body.includes(job.id));
    expect(got).toHaveLength(1);
    expect(verifyWebhookSignature(got[0]!.headers["inkset-signature"] as string, got[0]!.body, await secretOf(token))).toBe(true);
    expect(JSON.parse(got[0]!.body)).toMatchObject({ type: "pdf.job.completed", job: { id: job.id, status: "completed" } });
    expect((await getJob(token, job.id)).webhook).toMatchObject({ status: "delivered", attempts: 1 });
  });

  it("retries a failed attempt after its backoff, with the same event id and a fresh valid signature", async () => {
    const { token } = await userWithToken("wh-retry");
    const id = await cancelledJobWithWebhook(token, `${base}/flaky`);
    const now = new Date();
    expect(await deliverDueWebhooks({ now, jobId: id })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect((await getJob(token, id)).webhook).toMatchObject({
      status: "pending",
      attempts: 1,
      last_status_code: 500,
      last_error: "HTTP 500",
    });

    // Not due yet: nothing is sent. After the 10 s backoff it is.
    expect(await deliverDueWebhooks({ now: later(now, 5), jobId: id })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(await deliverDueWebhooks({ now: later(now, 11), jobId: id })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect((await getJob(token, id)).webhook).toMatchObject({ status: "delivered", attempts: 2, last_status_code: 200, last_error: null });

    const attempts = hits("/flaky").filter((r) => r.body.includes(id));
    expect(attempts).toHaveLength(2);
    const secret = await secretOf(token);
    for (const a of attempts) expect(verifyWebhookSignature(a.headers["inkset-signature"] as string, a.body, secret)).toBe(true);
    expect(attempts[0]!.body).toBe(attempts[1]!.body);
    expect(JSON.parse(attempts[0]!.body)).toMatchObject({
      type: "pdf.job.cancelled",
      job: { id, status: "cancelled", download_path: null, download_url: null },
    });
  });

  it(`gives up after ${WEBHOOK_MAX_ATTEMPTS} attempts and records the last error`, async () => {
    const { token } = await userWithToken("wh-down");
    const id = await cancelledJobWithWebhook(token, `${base}/down`);
    let now = new Date();
    for (let i = 1; i <= WEBHOOK_MAX_ATTEMPTS; i++) {
      const r = await deliverDueWebhooks({ now, jobId: id });
      expect(r).toEqual(i < WEBHOOK_MAX_ATTEMPTS ? { delivered: 0, retrying: 1, failed: 0 } : { delivered: 0, retrying: 0, failed: 1 });
      now = later(now, 3600);
    }
    expect(await deliverDueWebhooks({ now, jobId: id })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect((await getJob(token, id)).webhook).toMatchObject({
      status: "failed",
      attempts: WEBHOOK_MAX_ATTEMPTS,
      last_status_code: 503,
      last_error: "HTTP 503",
    });
    expect(hits("/down").filter((r) => r.body.includes(id))).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
  });

  it("does not follow redirects, and gives up on a receiver that does not answer in time", async () => {
    const { token } = await userWithToken("wh-redirect");
    const redirected = await cancelledJobWithWebhook(token, `${base}/redirect`);
    await deliverDueWebhooks({ jobId: redirected });
    expect((await getJob(token, redirected)).webhook).toMatchObject({
      status: "pending",
      attempts: 1,
      last_status_code: 302,
      last_error: "HTTP 302 (redirects are not followed)",
    });
    expect(hits("/target")).toHaveLength(0);

    const hung = await cancelledJobWithWebhook(token, `${base}/hang`);
    expect(await deliverDueWebhooks({ jobId: hung, transport: { timeoutMs: 300 } })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect((await getJob(token, hung)).webhook).toMatchObject({
      status: "pending",
      attempts: 1,
      last_status_code: null,
      last_error: "no answer within 0.3 s",
    });
  });

  it("survives a dispatcher that died mid-attempt: the claimed delivery is due again after the claim runs out", async () => {
    const { token } = await userWithToken("wh-crash");
    const id = await cancelledJobWithWebhook(token, `${base}/ok?job=crash`);
    const now = new Date();
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { jobId: id }, select: { id: true } });
    // What a dispatcher does first; then "the process dies" and never records an outcome.
    expect(await claimWebhookDelivery(row.id, now, later(now, 40))).toBe(true);
    expect(await deliverDueWebhooks({ now, jobId: id })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(await deliverDueWebhooks({ now: later(now, 41), jobId: id })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect((await getJob(token, id)).webhook).toMatchObject({ status: "delivered", attempts: 1 });
  });
});

describe("SSRF guard at delivery (WEBHOOK_ALLOW_PRIVATE off)", () => {
  const guarded = { allowPrivate: false };

  it("refuses a loopback receiver and records why; the receiver sees nothing", async () => {
    const { token } = await userWithToken("wh-ssrf");
    const before = received.length;
    const id = await cancelledJobWithWebhook(token, `${base}/ok?job=ssrf`);
    expect(await deliverDueWebhooks({ jobId: id, transport: guarded })).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect((await getJob(token, id)).webhook).toMatchObject({
      status: "failed",
      attempts: 1,
      last_error: "webhook_url must not point to a private or reserved address (loopback)",
    });
    expect(received.length).toBe(before);
  });

  it("judges the addresses a host name resolves to (IPv6 and IPv4-mapped too) before connecting", async () => {
    const { token } = await userWithToken("wh-dns");
    const port = new URL(base).port;
    const before = received.length;
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "169.254.169.254", "10.0.0.7", "100.64.1.1", "fd12::1"]) {
      const id = await cancelledJobWithWebhook(token, `http://hooks.example.test:${port}/ok`);
      const family = address.includes(":") ? 6 : 4;
      const r = await deliverDueWebhooks({ jobId: id, transport: { ...guarded, resolve: async () => [{ address, family }] } });
      expect(r, address).toEqual({ delivered: 0, retrying: 0, failed: 1 });
      expect((await getJob(token, id)).webhook?.last_error, address).toMatch(
        /^host "hooks\.example\.test" resolves to a blocked address \(\w+\)$/,
      );
    }
    expect(received.length).toBe(before);

    // With the switch on, the same name resolving to loopback is delivered to the checked address.
    const id = await cancelledJobWithWebhook(token, `http://hooks.example.test:${port}/ok?job=dns`);
    const r = await deliverDueWebhooks({
      jobId: id,
      transport: { allowPrivate: true, resolve: async () => [{ address: "127.0.0.1", family: 4 }] },
    });
    expect(r).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(received.at(-1)?.headers.host).toBe(`hooks.example.test:${port}`);
  });
});

describe("delivery under load and flaky DNS (issue 16)", () => {
  it("one owner's hanging receiver does not delay another owner's delivery", async () => {
    const alice = await userWithToken("wh-hog");
    const bob = await userWithToken("wh-fair");
    const hogs: string[] = [];
    for (let i = 0; i < 25; i++) hogs.push(await cancelledJobWithWebhook(alice.token, `${base}/hang`));
    const bobs = await cancelledJobWithWebhook(bob.token, `${base}/ok?job=fair`);

    // Not awaited: Alice's attempts hang until their deadline while Bob's must already be done.
    const started = await startDueWebhooks({ transport: { timeoutMs: 5_000 } });
    const aliceInFlight = (
      await db.webhookDelivery.findMany({ where: { jobId: { in: hogs }, attempts: 0, nextAttemptAt: { gt: new Date() } } })
    ).length;
    expect(aliceInFlight).toBeLessThanOrEqual(WEBHOOK_MAX_IN_FLIGHT_PER_OWNER);
    await vi.waitFor(async () => expect((await getJob(bob.token, bobs)).webhook).toMatchObject({ status: "delivered", attempts: 1 }), {
      timeout: 4_000,
    });
    // Ordering, not timing: Alice's hanging attempts are all still unanswered when Bob's is delivered.
    expect(await db.webhookDelivery.count({ where: { jobId: { in: hogs }, attempts: { gt: 0 } } })).toBe(0);
    server.closeAllConnections(); // release the hung attempts so the test ends quickly
    await Promise.all(started);
    await db.webhookDelivery.deleteMany({ where: { jobId: { in: hogs } } });
  });

  it.each(["ENOTFOUND", "EAI_AGAIN"])("retries a delivery whose host does not resolve (%s) instead of dropping it", async (code) => {
    const { token } = await userWithToken("wh-dns-fail");
    const port = new URL(base).port;
    const id = await cancelledJobWithWebhook(token, `http://hooks.example.test:${port}/ok?job=dns-${code}`);
    const failing = async () => {
      throw Object.assign(new Error(`getaddrinfo ${code} hooks.example.test`), { code });
    };
    const now = new Date();
    expect(await deliverDueWebhooks({ now, jobId: id, transport: { resolve: failing } })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect((await getJob(token, id)).webhook).toMatchObject({ status: "pending", attempts: 1, last_error: `connection failed (${code})` });

    // The name resolves again: the next attempt after the backoff is delivered.
    const r = await deliverDueWebhooks({
      now: later(now, 11),
      jobId: id,
      transport: { resolve: async () => [{ address: "127.0.0.1", family: 4 }] },
    });
    expect(r).toEqual({ delivered: 1, retrying: 0, failed: 0 });
  });
});
