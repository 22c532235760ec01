// Issue 16, finding 3: the preview checks a template (cost budget included) before it takes the
// user's preview slot, so a doomed request never holds it; the same text is checked once; and the
// preview's render child starts from the document that check compiled.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("JOBS_DIR", `${process.env.TMPDIR ?? "/tmp"}/inkset-precheck-${process.pid}-${Date.now()}`);
  vi.stubEnv("PDF_SPARE_CHILD", "false");
  vi.stubEnv("LOG_LEVEL", "error");
});

import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { POST as pageRoute } from "@/app/api/preview/page/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { env } from "@/lib/env";
import { shutdownSpareChild } from "@/lib/jobs/child-process";
import { inspectCache } from "@/lib/jobs/inspect-cache";
import { InspectPool } from "@/lib/jobs/inspect-pool";
import { DEFAULT_RENDER_OPTIONS } from "@/lib/jobs/schema";
import { encodeCompiled } from "@/lib/render-contract/compiled-document";
import { inspectLoaded, loadForInspection } from "@/lib/templates/inspect";
import { slotsHeld } from "@/lib/jobs/user-slots";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { baseDoc } from "@/tests/helpers/template-checks";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const none = routeParams({});
const preview = (token: string, yaml: string) =>
  previewRoute(new NextRequest(apiRequest("/api/preview", token, { method: "POST", json: { yaml_content: yaml, pages: 1 } })), none);
const pagePreview = (token: string, yaml: string, page: number) =>
  pageRoute(
    new NextRequest(apiRequest("/api/preview/page", token, { method: "POST", json: { yaml_content: yaml, page, width: 200 } })),
    none,
  );

/** One 14,400 pt page under a 5 pt dot grid: about 8.3 million dots, over the 250,000 per-page budget. JSON is YAML. */
const overBudget = (tag: string) =>
  JSON.stringify(
    baseDoc([{ id: "g", type: "dot_grid", position: { x: 0, y: 0, width: 14_400, height: 14_400 }, properties: { grid_cell_size: 5 } }], {
      canvas: { dimensions: { width: 14_400, height: 14_400, margins: [0, 0, 0, 0] } },
      metadata: { name: tag, category: "test", created: "2026-01-01", profile: "remarkable-2" },
    }),
  );

/** Runs `fn` while sampling `slotsHeld` every few ms; the most seen at once. */
async function maxSlotsDuring<T>(userId: string, fn: () => Promise<T>): Promise<{ result: T; maxHeld: number }> {
  let maxHeld = 0;
  const timer = setInterval(() => (maxHeld = Math.max(maxHeld, slotsHeld("preview", userId))), 2);
  try {
    const result = await fn();
    return { result, maxHeld: Math.max(maxHeld, slotsHeld("preview", userId)) };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(() => ensureRenderChildBuilt());
afterAll(() => {
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("the preview's check before the slot", () => {
  it("refuses an over-budget template with the figure without taking the slot; the user's next preview is not refused", async () => {
    const { user, token } = await userWithToken("precheck-cost");
    const { result, maxHeld } = await maxSlotsDuring(user.id, () =>
      // Both at once: with the check after the slot, the doomed first request would hold it and the second get 429.
      Promise.all([preview(token, overBudget("doomed")), preview(token, sampleTemplate({ pages: 1 }))]),
    );
    const [doomed, fine] = result;
    expect(doomed.status).toBe(422);
    const body = await doomed.json();
    expect(body.error.code).toBe("TEMPLATE_INVALID");
    expect(body.error.message).toMatch(/page 1 would draw 8,3\d\d,\d\d\d elements \(8,3\d\d,\d\d\d dots\); the limit is 250,000 per page/);
    expect(body.error.details.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "cost_limit" })]);
    expect(fine.status).toBe(200);
    // Only the good preview ever held a slot, and never two at once.
    expect(maxHeld).toBeLessThanOrEqual(1);

    // Alone, the doomed request never takes the slot at all (asked again: answered from the cache).
    const again = await maxSlotsDuring(user.id, () => preview(token, overBudget("doomed")));
    expect(again.result.status).toBe(422);
    expect(again.maxHeld).toBe(0);
  });

  it("checks the same text once, page after page, and a changed text again", async () => {
    const { token } = await userWithToken("precheck-memo");
    const checks = vi.spyOn(InspectPool.prototype, "inspect");
    try {
      const yaml = sampleTemplate({ pages: 3, name: `memo ${Date.now()}` });
      for (const page of [1, 2, 3]) expect((await pagePreview(token, yaml, page)).status).toBe(200);
      expect(checks).toHaveBeenCalledTimes(1);

      const changed = yaml.replace("Page 1 of 3", "Page one of 3");
      expect((await pagePreview(token, changed, 1)).status).toBe(200);
      expect(checks).toHaveBeenCalledTimes(2);
    } finally {
      checks.mockRestore();
    }
  });

  it("answers another user's identical text from a check of their own", async () => {
    const [a, b] = await Promise.all([userWithToken("precheck-a"), userWithToken("precheck-b")]);
    const checks = vi.spyOn(InspectPool.prototype, "inspect");
    try {
      const yaml = overBudget(`shared ${Date.now()}`);
      expect((await preview(a.token, yaml)).status).toBe(422);
      expect((await preview(b.token, yaml)).status).toBe(422);
      expect(checks).toHaveBeenCalledTimes(2);
    } finally {
      checks.mockRestore();
    }
  });

  it("draws the page from the document the check compiled (not the YAML a second time)", async () => {
    const { user, token } = await userWithToken("precheck-compiled");
    const submitted = sampleTemplate({ pages: 2, name: `submitted ${Date.now()}` });
    // The entry the preview's check of `submitted` leaves, with another document's compiled form
    // swapped in: a page drawn from the compiled form belongs to a 3-page document, one loaded from
    // the YAML to a 2-page one.
    const options = { strict: false, maxPages: env.MAX_PDF_PAGES, constraintScope: DEFAULT_RENDER_OPTIONS.constraint_scope };
    const result = inspectLoaded(loadForInspection(submitted, options));
    const swapped = encodeCompiled(loadForInspection(sampleTemplate({ pages: 3, name: "Compiled" }), options));
    inspectCache.set(inspectCache.key(user.id, submitted, options), { result, compiled: swapped }, submitted.length);
    const res = await pagePreview(token, submitted, 1);
    expect(res.status).toBe(200);
    expect((await res.json()).page_count).toBe(3);
    // Another owner's preview of the same text is checked and drawn from its own compile.
    const other = await userWithToken("precheck-compiled-b");
    expect(await (await pagePreview(other.token, submitted, 1)).json()).toMatchObject({ page_count: 2 });
  });
});
