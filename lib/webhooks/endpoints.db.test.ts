// Registered webhook endpoints on the real database (SQLite and Postgres) with a real HTTP receiver:
// every delivery is checked with the `standardwebhooks` library, as a receiver would. Test events,
// resends, the delivery log, secret rotation (with its grace period), the SSRF guard, owner scoping
// and batch.completed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-endpoints-${process.pid}-${Date.now()}`);
  // The receiver is plain http on loopback; the SSRF tests switch the private-address guard back on.
  vi.stubEnv("WEBHOOK_ALLOW_HTTP", "true");
  vi.stubEnv("WEBHOOK_ALLOW_PRIVATE", "true");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { Webhook } from "standardwebhooks";
import { GET as listRoute, POST as createRoute } from "@/app/api/webhooks/endpoints/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/webhooks/endpoints/[id]/route";
import { GET as secretRoute } from "@/app/api/webhooks/endpoints/[id]/secret/route";
import { POST as rotateRoute } from "@/app/api/webhooks/endpoints/[id]/secret/rotate/route";
import { POST as testRoute } from "@/app/api/webhooks/endpoints/[id]/test/route";
import { GET as deliveriesRoute } from "@/app/api/webhooks/endpoints/[id]/deliveries/route";
import { POST as resendRoute } from "@/app/api/webhooks/endpoints/[id]/deliveries/[deliveryId]/resend/route";
import { POST as createJobRoute } from "@/app/api/pdf/jobs/route";
import { DELETE as cancelJobRoute } from "@/app/api/pdf/jobs/[id]/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { JobJson } from "@/lib/jobs/serialize";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import type { DeliveryJson, EndpointJson } from "@/lib/webhooks/endpoint-schema";
import { SECRET_GRACE_HOURS } from "@/lib/webhooks/rotation";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";
import { plainHeaders, startReceiver, type ReceivedRequest, type Receiver } from "@/tests/helpers/webhook-receiver";

let rx: Receiver;
beforeAll(async () => {
  ensureRenderChildBuilt(); // job creation checks templates in the bundled inspect worker
  rx = await startReceiver();
});
afterAll(async () => {
  await rx.close();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

const none = routeParams({});
const req = (path: string, token: string, init: RequestInit & { json?: unknown } = {}) => new NextRequest(apiRequest(path, token, init));
const endpointsPath = "/api/webhooks/endpoints";
const api = {
  create: (t: string, json: unknown) => createRoute(req(endpointsPath, t, { method: "POST", json }), none),
  list: (t: string) => listRoute(req(endpointsPath, t), none),
  get: (t: string, id: string) => getRoute(req(`${endpointsPath}/${id}`, t), routeParams({ id })),
  patch: (t: string, id: string, json: unknown) =>
    patchRoute(req(`${endpointsPath}/${id}`, t, { method: "PATCH", json }), routeParams({ id })),
  del: (t: string, id: string) => deleteRoute(req(`${endpointsPath}/${id}`, t, { method: "DELETE" }), routeParams({ id })),
  secret: (t: string, id: string) => secretRoute(req(`${endpointsPath}/${id}/secret`, t), routeParams({ id })),
  rotate: (t: string, id: string) => rotateRoute(req(`${endpointsPath}/${id}/secret/rotate`, t, { method: "POST" }), routeParams({ id })),
  test: (t: string, id: string) => testRoute(req(`${endpointsPath}/${id}/test`, t, { method: "POST" }), routeParams({ id })),
  deliveries: (t: string, id: string) => deliveriesRoute(req(`${endpointsPath}/${id}/deliveries`, t), routeParams({ id })),
  resend: (t: string, id: string, deliveryId: string) =>
    resendRoute(req(`${endpointsPath}/${id}/deliveries/${deliveryId}/resend`, t, { method: "POST" }), routeParams({ id, deliveryId })),
};

async function newEndpoint(token: string, body: Record<string, unknown>): Promise<EndpointJson & { secret: string }> {
  const res = await api.create(token, body);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return (await res.json()) as EndpointJson & { secret: string };
}

async function deliveriesOf(token: string, id: string): Promise<DeliveryJson[]> {
  const res = await api.deliveries(token, id);
  expect(res.status).toBe(200);
  return ((await res.json()) as { deliveries: DeliveryJson[] }).deliveries;
}

/** Verifies like a receiver: throws unless the signature, id and timestamp check out. */
const verify = (secret: string, r: { body: string; headers: Parameters<typeof plainHeaders>[0] }) =>
  new Webhook(secret).verify(r.body, plainHeaders(r.headers)) as { type: string; data: Record<string, unknown> };

describe("registering an endpoint", () => {
  it("answers with the secret once; reads never list it; reveal and rotate give it", async () => {
    const { token } = await userWithToken("ep");
    const e = await newEndpoint(token, {
      url: `${rx.base}/reg`,
      events: ["job.completed", "job.completed", "batch.completed"],
      description: "CRM",
    });
    expect(e.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(e).toMatchObject({ url: `${rx.base}/reg`, events: ["job.completed", "batch.completed"], description: "CRM", enabled: true });
    const got = (await (await api.get(token, e.id)).json()) as Record<string, unknown>;
    expect(got).not.toHaveProperty("secret");
    const listed = (await (await api.list(token)).json()) as { endpoints: Record<string, unknown>[] };
    expect(listed.endpoints.map((x) => x.id)).toEqual([e.id]);
    expect(listed.endpoints[0]).not.toHaveProperty("secret");
    expect(await (await api.secret(token, e.id)).json()).toEqual({ secret: e.secret });
    const rotated = (await (await api.rotate(token, e.id)).json()) as { secret: string };
    expect(rotated.secret).not.toBe(e.secret);
    expect(await (await api.secret(token, e.id)).json()).toEqual({ secret: rotated.secret });
    const patched = await api.patch(token, e.id, { events: ["job.failed"], enabled: false });
    expect(await patched.json()).toMatchObject({ events: ["job.failed"], enabled: false });
    expect((await api.del(token, e.id)).status).toBe(204);
    expect((await api.get(token, e.id)).status).toBe(404);
  });

  it("refuses bad input with 400 naming the field", async () => {
    const { token } = await userWithToken("ep");
    const cases: [unknown, RegExp][] = [
      [{ url: "not a url" }, /^url: must be an https URL$/],
      [{ url: "ftp://hooks.example.com/x" }, /^url: must be an https URL$/],
      [{ url: "https://user:pw@hooks.example.com/x" }, /^url: must not contain a user name or password$/],
      [
        { url: "https://hooks.example.com/x", events: ["job.exploded"] },
        /^events\[0\]: must be one of job.completed, job.failed, job.cancelled, batch.completed$/,
      ],
      [{ url: "https://hooks.example.com/x", events: [] }, /^events: choose at least one event$/],
      [{ url: "https://hooks.example.com/x", colour: "red" }, /colour/],
      [{ url: "https://hooks.example.com/x", description: "x".repeat(201) }, /^description: must be at most 200 characters$/],
    ];
    for (const [body, message] of cases) {
      const res = await api.create(token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await api.list(token)).status).toBe(200);
    expect(((await (await api.list(token)).json()) as { endpoints: unknown[] }).endpoints).toEqual([]);
  });
});

describe("SSRF guard (WEBHOOK_ALLOW_PRIVATE off)", () => {
  it("refuses private, loopback and localhost URLs at registration and on change", async () => {
    const { token } = await userWithToken("ssrf");
    env.WEBHOOK_ALLOW_PRIVATE = false;
    try {
      for (const [url, message] of [
        ["http://127.0.0.1:5531/x", /^url: must not point to a private or reserved address \(loopback\)$/],
        ["http://10.1.2.3/x", /^url: must not point to a private or reserved address/],
        ["http://[::1]/x", /^url: must not point to a private or reserved address/],
        ["http://169.254.169.254/latest/meta-data", /^url: must not point to a private or reserved address/],
        ["http://localhost:5531/x", /^url: must not point to this server \(localhost\)$/],
      ] as const) {
        const res = await api.create(token, { url });
        expect(res.status, url).toBe(400);
        expect(((await res.json()) as { error: { message: string } }).error.message, url).toMatch(message);
      }
      const ok = await newEndpoint(token, { url: "https://hooks.example.com/inkset" });
      const res = await api.patch(token, ok.id, { url: "http://192.168.1.1/x" });
      expect(res.status).toBe(400);
    } finally {
      env.WEBHOOK_ALLOW_PRIVATE = true;
    }
  });

  it("gives a delivery up when the host resolves to a private address at send time", async () => {
    const { token } = await userWithToken("ssrf");
    const e = await newEndpoint(token, { url: "http://rebinding.example.test/hook" });
    const row = await db.webhookDelivery.create({
      data: { endpointId: e.id, url: e.url, eventType: "webhook.test", eventId: "msg_rebind", payload: { type: "webhook.test" } },
    });
    const r = await deliverDueWebhooks({
      deliveryId: row.id,
      transport: { allowPrivate: false, resolve: async () => [{ address: "127.0.0.1", family: 4 }] },
    });
    expect(r).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    const [logged] = await deliveriesOf(token, e.id);
    expect(logged).toMatchObject({ id: row.id, status: "failed", attempts: 1, response_status: null });
    expect(logged!.error).toMatch(/loopback/);
    expect(rx.received.filter((r) => r.headers["webhook-id"] === "msg_rebind")).toEqual([]);
  });
});

describe("test events, the delivery log and resend", () => {
  it("sends a signed webhook.test that standardwebhooks verifies, and logs it", async () => {
    const { token } = await userWithToken("ep");
    const e = await newEndpoint(token, { url: `${rx.base}/test-ok`, events: ["job.completed"] });
    const res = await api.test(token, e.id);
    expect(res.status).toBe(201);
    const d = (await res.json()) as DeliveryJson;
    expect(d).toMatchObject({
      event_type: "webhook.test",
      status: "delivered",
      attempts: 1,
      response_status: 200,
      error: null,
      next_attempt_at: null,
    });
    const [got] = rx.at("/test-ok");
    expect(got!.headers["webhook-id"]).toBe(d.event_id);
    expect(got!.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const event = verify(e.secret, got!);
    expect(event).toMatchObject({ type: "webhook.test", data: { endpoint_id: e.id } });
    // A receiver refuses a changed body or another secret.
    expect(() => verify(e.secret, { ...got!, body: got!.body.replace("webhook.test", "job.completed") })).toThrow();
    const other = (await newEndpoint(token, { url: `${rx.base}/elsewhere` })).secret;
    expect(() => verify(other, got!)).toThrow();
    expect(await deliveriesOf(token, e.id)).toEqual([{ ...d, payload: JSON.parse(got!.body) }]);
  });

  it("logs a failing receiver's status and schedules a retry; a resend keeps the webhook-id, signed with the rotated secret", async () => {
    const { token } = await userWithToken("ep");
    const e = await newEndpoint(token, { url: `${rx.base}/fail-first` });
    const failed = (await (await api.test(token, e.id)).json()) as DeliveryJson;
    expect(failed).toMatchObject({ status: "pending", attempts: 1, response_status: 500, error: "HTTP 500" });
    expect(Date.parse(failed.next_attempt_at!)).toBeGreaterThan(Date.now());
    // The receiver is fixed and the secret rotated; "Resend" goes to the new URL with the new secret.
    expect((await api.patch(token, e.id, { url: `${rx.base}/fixed` })).status).toBe(200);
    const { secret } = (await (await api.rotate(token, e.id)).json()) as { secret: string };
    const res = await api.resend(token, e.id, failed.id);
    expect(res.status).toBe(201);
    const again = (await res.json()) as DeliveryJson;
    expect(again).toMatchObject({
      event_id: failed.event_id,
      event_type: "webhook.test",
      status: "delivered",
      response_status: 200,
      url: `${rx.base}/fixed`,
    });
    expect(again.id).not.toBe(failed.id);
    const [got] = rx.at("/fixed");
    expect(got!.headers["webhook-id"]).toBe(failed.event_id);
    expect(verify(secret, got!).type).toBe("webhook.test");
    // The replaced secret still signs for the grace period (the "secret rotation" test below).
    expect(verify(e.secret, got!).type).toBe("webhook.test");
    const log = await deliveriesOf(token, e.id);
    expect(log.map((d) => [d.id, d.status])).toEqual([
      [again.id, "delivered"],
      [failed.id, "pending"],
    ]);
  });
});

describe("secret rotation", () => {
  it("signs with the new and the replaced secret for the grace period, then with the new one only", async () => {
    const { token } = await userWithToken("ep");
    const e = await newEndpoint(token, { url: `${rx.base}/rotating` });
    const verifies = (secret: string, r: ReceivedRequest) => {
      try {
        verify(secret, r);
        return true;
      } catch {
        return false;
      }
    };
    const rotate = async () => ((await (await api.rotate(token, e.id)).json()) as { secret: string }).secret;
    const sendTest = async () => {
      expect(((await (await api.test(token, e.id)).json()) as DeliveryJson).status).toBe("delivered");
      return rx.at("/rotating").at(-1)!;
    };
    expect((await sendTest()).headers["webhook-signature"]).toMatch(/^v1,\S+$/); // one secret, one signature

    const s1 = await rotate();
    const during = await sendTest();
    expect(during.headers["webhook-signature"]).toMatch(/^v1,\S+ v1,\S+$/);
    expect([verifies(s1, during), verifies(e.secret, during)]).toEqual([true, true]);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: e.id } });
    const hours = (row.previousExpiresAt!.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(SECRET_GRACE_HOURS - 0.1);
    expect(hours).toBeLessThanOrEqual(SECRET_GRACE_HOURS);

    // A second rotation keeps only the secret it replaced.
    const s2 = await rotate();
    const twice = await sendTest();
    expect([verifies(s2, twice), verifies(s1, twice), verifies(e.secret, twice)]).toEqual([true, true, false]);

    // The grace period is over.
    await db.webhookEndpoint.update({ where: { id: e.id }, data: { previousExpiresAt: new Date(Date.now() - 1000) } });
    const after = await sendTest();
    expect(after.headers["webhook-signature"]).toMatch(/^v1,\S+$/);
    expect([verifies(s2, after), verifies(s1, after)]).toEqual([true, false]);
  });
});

describe("job events", () => {
  it("reach only the endpoints subscribed to them, signed, with the job in the payload", async () => {
    const { token } = await userWithToken("ep");
    const cancelled = await newEndpoint(token, { url: `${rx.base}/job-cancelled`, events: ["job.cancelled"] });
    await newEndpoint(token, { url: `${rx.base}/job-completed`, events: ["job.completed"] });
    await newEndpoint(token, { url: `${rx.base}/job-disabled`, events: ["job.cancelled"], enabled: false });
    const created = await createJobRoute(
      req("/api/pdf/jobs", token, { method: "POST", json: { yaml_content: sampleTemplate({ pages: 1 }) } }),
      none,
    );
    const job = (await created.json()) as JobJson;
    expect((await cancelJobRoute(req(`/api/pdf/jobs/${job.id}`, token, { method: "DELETE" }), routeParams({ id: job.id }))).status).toBe(
      204,
    );
    expect(await deliverDueWebhooks({ jobId: job.id })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(rx.at("/job-completed")).toEqual([]);
    expect(rx.at("/job-disabled")).toEqual([]);
    const [got] = rx.at("/job-cancelled");
    const event = verify(cancelled.secret, got!);
    expect(event.type).toBe("job.cancelled");
    expect(event.data.job).toMatchObject({ id: job.id, status: "cancelled", batch_id: null, download_path: null });
    const [logged] = await deliveriesOf(token, cancelled.id);
    expect(logged).toMatchObject({ event_type: "job.cancelled", status: "delivered", response_status: 200, attempts: 1 });
  });
});

describe("owner scoping", () => {
  it("answers 404 for another user's endpoint and deliveries, and lists only your own", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    const e = await newEndpoint(alice.token, { url: `${rx.base}/alice` });
    const d = (await (await api.test(alice.token, e.id)).json()) as DeliveryJson;
    const attempts = [
      api.get(bob.token, e.id),
      api.patch(bob.token, e.id, { enabled: false }),
      api.del(bob.token, e.id),
      api.secret(bob.token, e.id),
      api.rotate(bob.token, e.id),
      api.test(bob.token, e.id),
      api.deliveries(bob.token, e.id),
      api.resend(bob.token, e.id, d.id),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404);
    // Bob's own endpoint cannot resend Alice's delivery either.
    const mine = await newEndpoint(bob.token, { url: `${rx.base}/bob` });
    expect((await api.resend(bob.token, mine.id, d.id)).status).toBe(404);
    expect(((await (await api.list(bob.token)).json()) as { endpoints: EndpointJson[] }).endpoints.map((x) => x.id)).toEqual([mine.id]);
    expect(await (await api.get(alice.token, e.id)).json()).toMatchObject({ enabled: true });
    expect(rx.at("/alice")).toHaveLength(1);
  });
});
