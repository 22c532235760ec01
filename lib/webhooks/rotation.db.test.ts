// Secret rotation with a grace period, over real HTTP: after a rotation a delivery carries
// signatures by the new and the replaced secret, so a receiver verifying with either accepts it
// (Standard Webhooks checked by the `standardwebhooks` library, Inkset-Signature by our verifier);
// once the grace period is over, only the new secret signs. Both schemes, both engines.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-rotation-${process.pid}-${Date.now()}`);
  // The receiver is plain http on loopback.
  vi.stubEnv("WEBHOOK_ALLOW_HTTP", "true");
  vi.stubEnv("WEBHOOK_ALLOW_PRIVATE", "true");
  vi.stubEnv("PDF_RUNNER", "off");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { Webhook } from "standardwebhooks";
import { GET as getSecretRoute, POST as rotateSecretRoute } from "@/app/api/me/webhook-secret/route";
import { DELETE as cancelRoute } from "@/app/api/pdf/jobs/[id]/route";
import { POST as createJobRoute } from "@/app/api/pdf/jobs/route";
import { POST as createEndpointRoute } from "@/app/api/webhooks/endpoints/route";
import { POST as rotateRoute } from "@/app/api/webhooks/endpoints/[id]/secret/rotate/route";
import { POST as testRoute } from "@/app/api/webhooks/endpoints/[id]/test/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { JobJson } from "@/lib/jobs/serialize";
import { deliverDueWebhooks } from "@/lib/webhooks/dispatch";
import { SECRET_GRACE_HOURS } from "@/lib/webhooks/rotation";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
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
const secretOf = async (token: string, method: "GET" | "POST") => {
  const route = method === "GET" ? getSecretRoute : rotateSecretRoute;
  const res = await route(req("/api/me/webhook-secret", token, { method }), none);
  expect(res.status).toBe(200);
  return ((await res.json()) as { secret: string }).secret;
};
const verifiesStandard = (secret: string, r: ReceivedRequest) => {
  try {
    new Webhook(secret).verify(r.body, plainHeaders(r.headers));
    return true;
  } catch {
    return false;
  }
};
const verifiesInkset = (secret: string, r: ReceivedRequest) =>
  verifyWebhookSignature(plainHeaders(r.headers)["inkset-signature"], r.body, secret);
const last = (path: string) => rx.at(path).at(-1)!;

describe("rotating a secret", () => {
  it("endpoint (Standard Webhooks): both secrets verify for the grace period, then only the new one", async () => {
    const { token } = await userWithToken("rotate-ep");
    const created = await createEndpointRoute(
      req("/api/webhooks/endpoints", token, { method: "POST", json: { url: `${rx.base}/ep` } }),
      none,
    );
    const { id, secret: s0 } = (await created.json()) as { id: string; secret: string };
    const rotate = async () => {
      const res = await rotateRoute(req(`/api/webhooks/endpoints/${id}/secret/rotate`, token, { method: "POST" }), routeParams({ id }));
      expect(res.status).toBe(200);
      return ((await res.json()) as { secret: string }).secret;
    };
    const sendTest = async () => {
      const res = await testRoute(req(`/api/webhooks/endpoints/${id}/test`, token, { method: "POST" }), routeParams({ id }));
      expect(((await res.json()) as { status: string }).status).toBe("delivered");
      return last("/ep");
    };
    expect((await sendTest()).headers["webhook-signature"]).toMatch(/^v1,\S+$/); // one secret, one signature

    const s1 = await rotate();
    const during = await sendTest();
    expect(during.headers["webhook-signature"]).toMatch(/^v1,\S+ v1,\S+$/);
    expect([verifiesStandard(s1, during), verifiesStandard(s0, during)]).toEqual([true, true]);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    const hours = (row.previousExpiresAt!.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(SECRET_GRACE_HOURS - 0.1);
    expect(hours).toBeLessThanOrEqual(SECRET_GRACE_HOURS);

    // A second rotation keeps only the secret it replaced.
    const s2 = await rotate();
    const twice = await sendTest();
    expect([verifiesStandard(s2, twice), verifiesStandard(s1, twice), verifiesStandard(s0, twice)]).toEqual([true, true, false]);

    // The grace period is over.
    await db.webhookEndpoint.update({ where: { id }, data: { previousExpiresAt: new Date(Date.now() - 1000) } });
    const after = await sendTest();
    expect(after.headers["webhook-signature"]).toMatch(/^v1,\S+$/);
    expect([verifiesStandard(s2, after), verifiesStandard(s1, after)]).toEqual([true, false]);
  });

  it("the user's secret (Inkset-Signature on a job's webhook_url): both verify for the grace period, then only the new one", async () => {
    const { user, token } = await userWithToken("rotate-user");
    const s0 = await secretOf(token, "GET");
    const s1 = await secretOf(token, "POST");
    expect(s1).not.toBe(s0);
    const deliverCancelledJob = async (path: string) => {
      const res = await createJobRoute(
        req("/api/pdf/jobs", token, {
          method: "POST",
          json: { yaml_content: sampleTemplate({ pages: 1 }), webhook_url: `${rx.base}${path}` },
        }),
        none,
      );
      expect(res.status).toBe(201);
      const job = (await res.json()) as JobJson;
      expect((await cancelRoute(req(`/api/pdf/jobs/${job.id}`, token, { method: "DELETE" }), routeParams({ id: job.id }))).status).toBe(
        204,
      );
      expect((await deliverDueWebhooks({ jobId: job.id })).delivered).toBe(1);
      return last(path);
    };
    const during = await deliverCancelledJob("/job-during");
    expect(plainHeaders(during.headers)["inkset-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect([verifiesInkset(s1, during), verifiesInkset(s0, during)]).toEqual([true, true]);
    expect(verifiesInkset("whsec_someone-else", during)).toBe(false);

    await db.webhookSecret.update({ where: { userId: user.id }, data: { previousExpiresAt: new Date(Date.now() - 1000) } });
    const after = await deliverCancelledJob("/job-after");
    expect(plainHeaders(after.headers)["inkset-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect([verifiesInkset(s1, after), verifiesInkset(s0, after)]).toEqual([true, false]);
  });
});
