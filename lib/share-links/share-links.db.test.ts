// Share links end to end on the real database (SQLite and Postgres) and the fs storage driver: a
// real render, then the REST routes and the public download route as clients call them — signed
// out, expiry with an injected clock, revocation, tampering, the rate limit and owner scoping.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-share-${process.pid}-${Date.now()}`);
  vi.stubEnv("APP_URL", "https://inkset.example.com");
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  vi.stubEnv("LOG_LEVEL", "error");
  // The download route's own limit, low enough to reach; the others stay far away.
  vi.stubEnv("RATE_LIMIT_STORE", "memory");
  vi.stubEnv("RATE_LIMIT_SHARE_PER_MINUTE", "5");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { DELETE as revokeRoute } from "@/app/api/pdf/jobs/[id]/share-links/[linkId]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/pdf/jobs/[id]/share-links/route";
import { POST as createJobRoute } from "@/app/api/pdf/jobs/route";
import { GET as downloadRoute } from "@/app/s/[token]/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { deleteRenderJob } from "@/lib/jobs/enqueue";
import type { JobJson } from "@/lib/jobs/serialize";
import { startSupervisor } from "@/lib/jobs/supervisor";
import { sweepRetention } from "@/lib/jobs/retention";
import type { ShareLinkJson } from "@/lib/share-links/schema";
import { createShareLink, resolveShareToken } from "@/lib/share-links/share-links";
import { ensureRenderChildBuilt, pdfPageCount, waitForStatus } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

let owner: Awaited<ReturnType<typeof userWithToken>>;
let stranger: Awaited<ReturnType<typeof userWithToken>>;
let jobId = "";
let ip = 0;

const linksPath = (id: string) => `/api/pdf/jobs/${id}/share-links`;
const create = (token: string, id: string, json: unknown = {}) =>
  createRoute(new NextRequest(apiRequest(linksPath(id), token, { method: "POST", json })), routeParams({ id }));
const list = (token: string, id: string) => listRoute(new NextRequest(apiRequest(linksPath(id), token)), routeParams({ id }));
const revoke = (token: string, id: string, linkId: string) =>
  revokeRoute(new NextRequest(apiRequest(`${linksPath(id)}/${linkId}`, token, { method: "DELETE" })), routeParams({ id, linkId }));
/** A signed-out GET of a share URL, each call from a fresh client address unless `from` is given. */
const download = (url: string, opts: { from?: string; accept?: string } = {}) => {
  const token = new URL(url).pathname.replace(/^\/s\//, "");
  const headers = new Headers({ "x-forwarded-for": opts.from ?? `10.0.0.${++ip}` });
  if (opts.accept) headers.set("accept", opts.accept);
  return downloadRoute(new NextRequest(new Request(url, { headers })), routeParams({ token }));
};
const tokenOf = (link: ShareLinkJson) => new URL(link.url).pathname.slice(3);

async function renderedJob(token: string): Promise<string> {
  const res = await createJobRoute(
    new NextRequest(
      apiRequest("/api/pdf/jobs", token, { method: "POST", json: { yaml_content: sampleTemplate({ pages: 2 }), deterministic: true } }),
    ),
    routeParams({}),
  );
  const { id } = (await res.json()) as JobJson;
  expect(await waitForStatus(id, ["completed", "failed"])).toBe("completed");
  return id;
}

beforeAll(async () => {
  ensureRenderChildBuilt();
  owner = await userWithToken("share-owner");
  stranger = await userWithToken("share-stranger");
  const supervisor = startSupervisor({ concurrency: 1, retention: false, webhooks: false, mail: false });
  try {
    jobId = await renderedJob(owner.token);
  } finally {
    await supervisor.stop();
  }
});
afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("making, listing and revoking (owner only)", () => {
  it("POST makes a link that expires after the chosen hours; GET lists it; another user gets 404 for all three", async () => {
    const before = Date.now();
    const res = await create(owner.token, jobId, { ttl_hours: 24 });
    expect(res.status).toBe(201);
    const link = (await res.json()) as ShareLinkJson;
    expect(link.url).toMatch(/^https:\/\/inkset\.example\.com\/s\/[a-z0-9]+\.\d+\.[\w-]{43}$/);
    const ttl = new Date(link.expires_at).getTime() - before;
    expect(ttl).toBeGreaterThan(24 * 3600_000 - 2000);
    expect(ttl).toBeLessThanOrEqual(24 * 3600_000);
    expect(JSON.stringify(await db.shareLink.findUniqueOrThrow({ where: { id: link.id } }))).not.toContain(tokenOf(link).split(".")[2]);

    const listed = (await (await list(owner.token, jobId)).json()) as { links: ShareLinkJson[] };
    expect(listed.links.map((l) => l.url)).toContain(link.url);

    expect((await list(stranger.token, jobId)).status).toBe(404);
    expect((await create(stranger.token, jobId)).status).toBe(404);
    expect((await revoke(stranger.token, jobId, link.id)).status).toBe(404);
    expect((await download(link.url)).status).toBe(200); // the stranger's revoke did nothing
  });

  it("defaults to 3 days and refuses more than 7 days, fractions and unknown fields with 400 naming the field", async () => {
    const link = (await (await create(owner.token, jobId)).json()) as ShareLinkJson;
    expect(Math.round((new Date(link.expires_at).getTime() - Date.now()) / 3600_000)).toBe(72);
    for (const [body, message] of [
      [{ ttl_hours: 169 }, "ttl_hours: must be at most 168 (7 days)"],
      [{ ttl_hours: 0 }, "ttl_hours: must be at least 1"],
      [{ ttl_hours: 1.5 }, "ttl_hours: must be a whole number of hours"],
      [{ ttl: 5 }, 'unknown field "ttl"'],
    ] as const) {
      const res = await create(owner.token, jobId, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(message);
    }
  });

  it("a job that is not completed cannot be shared (409); a malformed job id is 404", async () => {
    const pending = await db.pdfJob.create({ data: { ownerId: owner.user.id, yamlContent: "x", status: "failed" }, select: { id: true } });
    expect((await create(owner.token, pending.id)).status).toBe(409);
    expect((await create(owner.token, "not-an-id")).status).toBe(404);
  });

  it("DELETE revokes: the link answers 410 at once and leaves the list", async () => {
    const link = (await (await create(owner.token, jobId)).json()) as ShareLinkJson;
    expect((await revoke(owner.token, jobId, link.id)).status).toBe(204);
    const res = await download(link.url);
    expect(res.status).toBe(410);
    expect(await res.json()).toEqual({ error: { code: "GONE", message: "This share link was revoked by its owner." } });
    const listed = (await (await list(owner.token, jobId)).json()) as { links: ShareLinkJson[] };
    expect(listed.links.map((l) => l.id)).not.toContain(link.id);
    expect((await revoke(owner.token, jobId, link.id)).status).toBe(404); // already revoked
    // A day after it stopped working, the sweep removes the row.
    await sweepRetention(new Date(Date.now() + 2 * 3600_000));
    expect(await db.shareLink.count({ where: { id: link.id } })).toBe(1);
    await sweepRetention(new Date(Date.now() + 25 * 3600_000));
    expect(await db.shareLink.count({ where: { id: link.id } })).toBe(0);
  });
});

describe("downloading without signing in", () => {
  it("streams the PDF and counts the download", async () => {
    const link = (await (await create(owner.token, jobId)).json()) as ShareLinkJson;
    const res = await download(link.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(await pdfPageCount(new Uint8Array(await res.arrayBuffer()))).toBe(2);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.downloadCount).toBe(1);
  });

  it("expires with the clock: works before expires_at, 410 from it on (injected clock)", async () => {
    // Made two days ago (whole seconds, as the token carries them), for one hour.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000 - 2 * 86_400_000);
    const link = await createShareLink(owner.user.id, jobId, { ttl_hours: 1 }, { origin: "https://x.test", now });
    const token = tokenOf(link);
    expect((await resolveShareToken(token, new Date(now.getTime() + 3599_000))).ok).toBe(true);
    expect(await resolveShareToken(token, new Date(now.getTime() + 3600_000))).toMatchObject({ ok: false, status: 410 });
    // Through the route with the real clock, that link expired long ago.
    const res = await download(link.url, { accept: "text/html,application/xhtml+xml" });
    expect(res.status).toBe(410);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("This share link has expired");
  });

  it.each([
    ["signature", (id: string, exp: string, sig: string) => `${id}.${exp}.${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`],
    ["id", (id: string, exp: string, sig: string) => `${id.slice(0, -1)}${id.endsWith("a") ? "b" : "a"}.${exp}.${sig}`],
    ["expiry", (id: string, exp: string, sig: string) => `${id}.${Number(exp) + 7 * 86_400}.${sig}`],
  ])("a tampered %s is 404 and never the file", async (_part, forge) => {
    const link = (await (await create(owner.token, jobId)).json()) as ShareLinkJson;
    const [id, exp, sig] = tokenOf(link).split(".") as [string, string, string];
    const res = await download(`https://inkset.example.com/s/${forge(id, exp, sig)}`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("a deleted job kills its links (404), and retention keeps a job while a link works", async () => {
    const id = await (async () => {
      const supervisor = startSupervisor({ concurrency: 1, retention: false, webhooks: false, mail: false });
      try {
        return await renderedJob(owner.token);
      } finally {
        await supervisor.stop();
      }
    })();
    const link = (await (await create(owner.token, id)).json()) as ShareLinkJson;
    // Past the 24-hour retention, but the link still works for 3 days: the job stays.
    await sweepRetention(new Date(Date.now() + 25 * 3600_000));
    expect((await download(link.url)).status).toBe(200);
    await deleteRenderJob(owner.user.id, id); // what the Jobs page's delete does
    expect(await db.shareLink.count({ where: { jobId: id } })).toBe(0);
    expect((await download(link.url)).status).toBe(404);
  });

  it("is rate limited per client address (429 with Retry-After), other addresses unaffected", async () => {
    const link = (await (await create(owner.token, jobId)).json()) as ShareLinkJson;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await download(link.url, { from: "203.0.113.7" })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await download(link.url, { from: "203.0.113.7" });
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited.headers.get("ratelimit-policy")).toBe('"share";q=5;w=60');
    expect((await download(link.url, { from: "203.0.113.8" })).status).toBe(200);
  });
});
