// Issue 16, finding 1: template inspection runs in worker threads, so the web server's event loop
// stays free. The integration test is an ordering assertion: /api/health answers while large
// templates are still being checked (before any of the creates that started first has finished).
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-inspect-${process.pid}-${Date.now()}`);
  vi.stubEnv("PDF_RUNNER", "off"); // queue only: nothing renders in this file
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { GET as health } from "@/app/api/health/route";
import { POST as createRoute } from "@/app/api/pdf/jobs/route";
import { env } from "@/lib/env";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { InspectPool } from "@/lib/jobs/inspect-pool";
import { ensureRenderChildBuilt, sleep } from "@/tests/helpers/jobs";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const none = routeParams({});
const YEAR = getExample("year-planner", REFERENCE_DATE)?.yaml ?? "";
const ENTRY = path.join(process.cwd(), "dist", "inspect-worker.mjs");
const OPTIONS = { strict: false, maxPages: 1000 };

/** A flat template of `n` text widgets: megabytes of YAML that take seconds to check. */
const bigTemplate = (n: number) => `schema_version: "1.0"
metadata: {name: big, category: notes, created: "2026-01-01T00:00:00Z", profile: remarkable-2}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}}
widgets:
${Array.from({ length: n }, (_, i) => `  - {id: t${i}, type: text_block, page: ${(i % 900) + 1}, position: {x: 36, y: ${36 + (i % 20) * 20}, width: 300, height: 18}, content: "Line ${i}"}`).join("\n")}
`;

afterAll(() => rmSync(env.JOBS_DIR, { recursive: true, force: true }));

describe("template inspection off the event loop", () => {
  it("/api/health answers while year planners are still being checked", async () => {
    ensureRenderChildBuilt();
    const users = [await userWithToken("inspect-a"), await userWithToken("inspect-b")];
    const order: string[] = [];
    const creates = Array.from({ length: 3 }, (_, i) =>
      createRoute(
        // Three different texts: the same text twice would be checked once (inspect-cache.ts).
        new NextRequest(
          apiRequest("/api/pdf/jobs", users[i % 2]!.token, { method: "POST", json: { yaml_content: `${YEAR}\n# create ${i}\n` } }),
        ),
        none,
      ).then((res) => {
        order.push(`create ${i}`);
        return res;
      }),
    );
    // A trigger, not a threshold: let the creates reach their template check first.
    await sleep(150);
    const h = await health(new NextRequest("http://localhost/api/health"), none);
    order.push("health");
    expect(h.status).toBe(200);
    const results = await Promise.all(creates);
    for (const r of results) expect(r.status).toBe(201);
    expect(order[0]).toBe("health");
  });

  it("limits each check's time and memory, and admits per user and pool-wide", async () => {
    ensureRenderChildBuilt();
    const slow = new InspectPool({ workers: 1, memoryMb: 512, timeoutMs: 200, maxQueued: 1, perUser: 2 }, ENTRY);
    const big = bigTemplate(30_000);
    const first = slow.inspect("u1", big, OPTIONS);
    const second = slow.inspect("u1", big, OPTIONS);
    // Per user: the third is refused at once, before any work.
    await expect(slow.inspect("u1", YEAR, OPTIONS)).rejects.toMatchObject({ code: "QUOTA_EXCEEDED" });
    // Pool-wide: one running, one queued, the queue is full.
    await expect(slow.inspect("u2", YEAR, OPTIONS)).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await expect(first).rejects.toMatchObject({
      code: "TEMPLATE_INVALID",
      message: "Checking this template took longer than 0.2 s; make it smaller or split it",
    });
    await expect(second).rejects.toMatchObject({ code: "TEMPLATE_INVALID" });
    await slow.close();

    const small = new InspectPool({ workers: 1, memoryMb: 16, timeoutMs: 60_000, maxQueued: 4, perUser: 4 }, ENTRY);
    await expect(small.inspect("u1", big, OPTIONS)).rejects.toMatchObject({
      code: "TEMPLATE_INVALID",
      message: expect.stringContaining("needed more than 16 MB"),
    });
    // The pool replaced the worker: the next check works.
    const ok = new InspectPool({ workers: 1, memoryMb: 512, timeoutMs: 60_000, maxQueued: 4, perUser: 4 }, ENTRY);
    expect((await ok.inspect("u1", YEAR, OPTIONS)).result).toMatchObject({ ok: true, pageCount: 431 });
    await Promise.all([small.close(), ok.close()]);
  });
});
