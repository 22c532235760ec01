// Issue 16, finding 3: synchronous renders hold per-user slots. While one user's slow render runs,
// that user's next synchronous request gets 429, and another user's request and preview go through.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-sync-slots-${process.pid}-${Date.now()}`);
  vi.stubEnv("PDF_WORKER_CONCURRENCY", "1");
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { POST as generateRoute } from "@/app/api/pdf/generate/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { env } from "@/lib/env";
import { setTestRenderDelayOnce, testRenderDelayOncePending } from "@/lib/jobs/child-process";
import { slotsHeld } from "@/lib/jobs/user-slots";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const none = routeParams({});
const generate = (token: string, signal?: AbortSignal) =>
  generateRoute(
    new NextRequest(
      apiRequest("/api/pdf/generate", token, { method: "POST", json: { yaml_content: sampleTemplate({ pages: 1 }) }, signal }),
    ),
    none,
  );
const preview = (token: string) =>
  previewRoute(
    new NextRequest(apiRequest("/api/preview", token, { method: "POST", json: { yaml_content: sampleTemplate({ pages: 1 }) } })),
    none,
  );

afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("per-user synchronous slots", () => {
  it("a user's slow render makes only that user wait", async () => {
    ensureRenderChildBuilt();
    const alice = await userWithToken("slots-a");
    const bob = await userWithToken("slots-b");
    // Alice's render runs until she hangs up: whatever the machine's load, it is still running
    // when Bob's requests are answered.
    setTestRenderDelayOnce(120_000);
    const hangUp = new AbortController();
    let aliceDone = false;
    const first = generate(alice.token, hangUp.signal).finally(() => (aliceDone = true));
    // Alice's request takes its slot once its template check is done, then her child takes the job.
    await vi.waitFor(() => expect(slotsHeld("generate", alice.user.id)).toBe(1), { timeout: 30_000, interval: 50 });
    await vi.waitFor(() => expect(testRenderDelayOncePending()).toBe(false), { timeout: 60_000, interval: 50 });
    const again = await generate(alice.token);
    expect(again.status).toBe(429);
    expect((await again.json()).error).toMatchObject({
      code: "QUOTA_EXCEEDED",
      message: expect.stringContaining("synchronous render running"),
    });

    const [bobs, bobsPreview] = await Promise.all([generate(bob.token), preview(bob.token)]);
    expect(bobs.status).toBe(200);
    expect(bobs.headers.get("content-type")).toBe("application/pdf");
    expect(bobsPreview.status).toBe(200);
    expect(aliceDone).toBe(false); // served while Alice's render still held her slot

    hangUp.abort();
    await first;
    // Her slot is free again.
    expect((await generate(alice.token)).status).toBe(200);
  });
});
