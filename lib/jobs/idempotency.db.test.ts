// Idempotency-Key on POST /api/pdf/jobs, called as a REST client would (real API tokens, real
// database on SQLite and Postgres): replay, body mismatch, per-user scope, header validation,
// concurrent duplicates, expiry and the retention sweep, and the Inngest-mode outbox transaction.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-idempotency-${process.pid}-${Date.now()}`);
  // No runner: jobs stay pending, which is all these tests look at.
  vi.stubEnv("PDF_RUNNER", "off");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { POST as createRoute, GET as listRoute } from "@/app/api/pdf/jobs/route";
import { db } from "@/lib/db/client";
import { insertIdempotencyKey } from "@/lib/db/idempotency-keys";
import { cancelJobForOwner } from "@/lib/db/jobs";
import { env } from "@/lib/env";
import { canonicalJson, hashRequestBody } from "@/lib/jobs/idempotency";
import { sweepRetention } from "@/lib/jobs/retention";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";
import { createJobWithRequestedEvent } from "@/lib/jobs/queue/inngest";

const none = routeParams({});
const post = (token: string, body: string, key?: string) =>
  createRoute(
    new NextRequest(
      apiRequest("/api/pdf/jobs", token, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", ...(key === undefined ? {} : { "idempotency-key": key }) },
      }),
    ),
    none,
  );
const listIds = async (token: string): Promise<string[]> => {
  const res = await listRoute(new NextRequest(apiRequest("/api/pdf/jobs?limit=100", token)), none);
  return ((await res.json()) as { jobs: { id: string }[] }).jobs.map((j) => j.id);
};

const yaml = sampleTemplate({ pages: 1 });
const created: { ownerId: string; jobId: string }[] = [];
async function createdJob(res: Response, ownerId: string): Promise<string> {
  const body = (await res.json()) as { id: string };
  created.push({ ownerId, jobId: body.id });
  return body.id;
}

afterAll(async () => {
  // Leave nothing pending for the next test file's supervisor.
  for (const j of created) await cancelJobForOwner(j.ownerId, j.jobId);
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("Idempotency-Key", () => {
  it("replays the original job for the same key and body (any key order or spacing), with no second job", async () => {
    const { user, token } = await userWithToken("idem");
    const first = await post(token, JSON.stringify({ yaml_content: yaml, deterministic: true }), "order-42");
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const id = await createdJob(first, user.id);

    const again = await post(token, `{ "deterministic": true,\n  "yaml_content": ${JSON.stringify(yaml)} }`, "order-42");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as { id: string }).id).toBe(id);
    expect(await listIds(token)).toEqual([id]);

    // Without a key every POST is a new job.
    const plain = await post(token, JSON.stringify({ yaml_content: yaml, deterministic: true }));
    expect(plain.status).toBe(201);
    const plainId = await createdJob(plain, user.id);
    expect(plainId).not.toBe(id);
  });

  it("refuses the same key with a different body (422) and creates nothing", async () => {
    const { user, token } = await userWithToken("idem");
    const id = await createdJob(await post(token, JSON.stringify({ yaml_content: yaml }), "k-1"), user.id);
    const res = await post(token, JSON.stringify({ yaml_content: yaml, strict_mode: true }), "k-1");
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(body.error.message).toMatch(/^Idempotency-Key: this key was already used with a different request body/);
    expect(await listIds(token)).toEqual([id]);
  });

  it("scopes keys to the user: another user's same key makes their own job", async () => {
    const alice = await userWithToken("alice");
    const bob = await userWithToken("bob");
    const body = JSON.stringify({ yaml_content: yaml });
    const a = await createdJob(await post(alice.token, body, "shared-key"), alice.user.id);
    const bRes = await post(bob.token, body, "shared-key");
    expect(bRes.headers.get("idempotent-replayed")).toBeNull();
    const b = await createdJob(bRes, bob.user.id);
    expect(b).not.toBe(a);
    expect(await listIds(bob.token)).toEqual([b]);
  });

  it("answers 400 naming the header for a malformed key, and queues nothing", async () => {
    const { user, token } = await userWithToken("idem");
    for (const key of ["", "x".repeat(256), "caf\u00e9", "tab\there"]) {
      const res = await post(token, JSON.stringify({ yaml_content: yaml }), key);
      expect(res.status, JSON.stringify(key)).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        "Idempotency-Key: must be 1 to 255 printable ASCII characters",
      );
    }
    expect(await listIds(token)).toEqual([]);
    // 255 printable characters, spaces included, are fine.
    const ok = await post(token, JSON.stringify({ yaml_content: yaml }), `a b~${"z".repeat(251)}`);
    expect(ok.status).toBe(201);
    await createdJob(ok, user.id);
  });

  it("does not use up a key on a request that failed validation", async () => {
    const { user, token } = await userWithToken("idem");
    const bad = await post(token, JSON.stringify({ yaml_content: "widgets: [unclosed" }), "retry-me");
    expect(bad.status).toBe(422);
    const good = await post(token, JSON.stringify({ yaml_content: yaml }), "retry-me");
    expect(good.status).toBe(201);
    expect(good.headers.get("idempotent-replayed")).toBeNull();
    await createdJob(good, user.id);
  });

  it("creates exactly one job for concurrent duplicates", async () => {
    const { user, token } = await userWithToken("race");
    const body = JSON.stringify({ yaml_content: yaml });
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(token, body, "race-key")));
    const ids = new Set<string>();
    let fresh = 0;
    for (const res of responses) {
      expect(res.status).toBe(201);
      if (res.headers.get("idempotent-replayed") !== "true") fresh++;
      ids.add(await createdJob(res, user.id));
    }
    expect(ids.size).toBe(1);
    expect(fresh).toBe(1);
    expect(await listIds(token)).toEqual([...ids]);
  });

  it("forgets a key after 24 hours: a stale key never matches, and the retention sweep deletes it", async () => {
    const { user, token } = await userWithToken("stale");
    const first = await createdJob(await post(token, JSON.stringify({ yaml_content: yaml }), "old-key"), user.id);
    // Age the stored key past its lifetime (the clock is the only thing faked here).
    const aged = await db.idempotencyKey.updateMany({
      where: { userId: user.id, key: "old-key" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(aged.count).toBe(1);

    // A different body is no longer a conflict, and the same body is no longer a replay.
    const other = await post(token, JSON.stringify({ yaml_content: yaml, strict_mode: true }), "old-key");
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    const second = await createdJob(other, user.id);
    expect(second).not.toBe(first);

    // The sweep removes expired keys and keeps live ones.
    await db.idempotencyKey.updateMany({ where: { userId: user.id, key: "old-key" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const live = await createdJob(await post(token, JSON.stringify({ yaml_content: yaml }), "live-key"), user.id);
    const swept = await sweepRetention(new Date());
    expect(swept.idempotencyKeys).toBeGreaterThanOrEqual(1);
    const left = await db.idempotencyKey.findMany({ where: { userId: user.id }, select: { key: true, jobId: true } });
    expect(left).toEqual([{ key: "live-key", jobId: live }]);
  });

  it("Inngest mode: a key conflict rolls back the job row and its outbox event together", async () => {
    const { user } = await userWithToken("outbox");
    const sent: unknown[] = [];
    const send = async (messages: unknown[]) => {
      sent.push(...messages);
    };
    const input = { ownerId: user.id, title: "t", yamlContent: yaml, deterministic: false, strictMode: false };
    const key = { userId: user.id, key: "k", requestHash: hashRequestBody({ a: 1 }), expiresAt: new Date(Date.now() + 60_000) };
    const job = await createJobWithRequestedEvent(input, send, (tx, j) => insertIdempotencyKey(tx, { ...key, jobId: j.id }));
    created.push({ ownerId: user.id, jobId: job.id });
    expect(sent).toHaveLength(1);

    const jobsBefore = await db.pdfJob.count({ where: { ownerId: user.id } });
    const outboxBefore = await db.outboxEvent.count();
    await expect(
      createJobWithRequestedEvent(input, send, (tx, j) => insertIdempotencyKey(tx, { ...key, jobId: j.id })),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await db.pdfJob.count({ where: { ownerId: user.id } })).toBe(jobsBefore);
    expect(await db.outboxEvent.count()).toBe(outboxBefore);
    expect(sent).toHaveLength(1);
  });
});

describe("canonical request hash", () => {
  it("ignores key order and undefined fields, but not values", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(hashRequestBody({ a: 1, b: "x" })).toBe(hashRequestBody({ b: "x", a: 1 }));
    expect(hashRequestBody({ a: 1 })).not.toBe(hashRequestBody({ a: 2 }));
  });
});
