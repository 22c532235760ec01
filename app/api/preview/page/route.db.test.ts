import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as pagePreview } from "@/app/api/preview/page/route";
import { env } from "@/lib/env";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { shutdownSpareChild } from "@/lib/jobs/child-process";
import { readNavigation } from "@/lib/pages/mutool";
import { renderDocument } from "@/lib/render/render";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { sampleTemplate } from "@/tests/helpers/job-templates";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const none = routeParams({});
const post = (token: string, json: unknown) =>
  pagePreview(new NextRequest(apiRequest("/api/preview/page", token, { method: "POST", json })), none);

type Outline = { title: string; page: number | null; children: Outline[] };
type Body = {
  page: number;
  page_count: number;
  page_size: { width: number; height: number };
  image: string;
  widgets: { id: string; path: string; position: { x: number } }[];
  links: { rect: [number, number, number, number]; page: number }[];
  outline: Outline[];
};

beforeAll(() => ensureRenderChildBuilt());
afterAll(() => {
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

/** The page's links and the outline, against the whole document rendered and read with MuPDF (a job's page view). */
async function expectNavigationOfPdf(yaml: string, page: number, body: Body) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "preview-links-"));
  try {
    const pdf = path.join(dir, "document.pdf");
    await renderDocument({ yaml, outputPath: pdf, strict: false, deterministic: true, maxPages: 1000 });
    const nav = await readNavigation(pdf, page);
    const key = (l: { rect: number[]; page: number | null }) => `${l.rect.map((v) => v.toFixed(1)).join(",")}→${l.page}`;
    expect(nav.links.length).toBeGreaterThan(0);
    expect(body.links.map(key).sort()).toEqual(nav.links.map(key).sort());
    expect(body.outline).toEqual(nav.outline);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("POST /api/preview/page", () => {
  it("draws any page of the 431-page year planner and names the master widgets on it", async () => {
    const { token } = await userWithToken();
    const res = await post(token, { yaml_content: getExample("year-planner", REFERENCE_DATE)?.yaml, page: 300, width: 400 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.page).toBe(300);
    expect(body.page_count).toBe(431);
    const png = PNG.sync.read(Buffer.from(body.image.replace(/^data:image\/png;base64,/, ""), "base64"));
    expect(png.width).toBe(400);
    expect(png.height).toBeGreaterThan(400);
    // A day page of the plan: its widgets are edited in a master.
    expect(body.widgets.length).toBeGreaterThan(0);
    expect(body.widgets.every((w) => w.path.startsWith("masters["))).toBe(true);
  }, 60_000);

  it("finds the page of a date of the plan (its day: destination), drawn from the day master", async () => {
    const { token } = await userWithToken();
    const res = await post(token, {
      yaml_content: getExample("year-planner", REFERENCE_DATE)?.yaml,
      page: 1,
      destination: "day:2026-03-14",
      width: 300,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.page).toBeGreaterThan(60);
    expect(body.widgets.some((w) => w.path.startsWith('masters["day"]'))).toBe(true);
    // A date outside the plan leaves the page asked for.
    const outside = (await (
      await post(token, {
        yaml_content: getExample("year-planner", REFERENCE_DATE)?.yaml,
        page: 3,
        destination: "day:1999-01-01",
        width: 300,
      })
    ).json()) as Body;
    expect(outside.page).toBe(3);
  }, 60_000);

  it("answers a month page's links and the outline exactly as the full PDF has them", async () => {
    const { token } = await userWithToken();
    const yaml = getExample("year-planner", REFERENCE_DATE)!.yaml;
    const res = await post(token, { yaml_content: yaml, page: 1, destination: "month:2026-03", width: 300, outline: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    const month = body.page;
    expect(month).toBeGreaterThan(1);
    // The month's days each open their day page: 14 March is the page the day:2026-03-14 anchor is on.
    const day = ((await (await post(token, { yaml_content: yaml, page: 1, destination: "day:2026-03-14", width: 100 })).json()) as Body)
      .page;
    expect(body.links.map((l) => l.page)).toContain(day);
    expect(body.links.length).toBeGreaterThan(31);

    // The oracle: the whole planner rendered, its PDF read with MuPDF like a finished job's page view.
    await expectNavigationOfPdf(yaml, month, body);
  }, 120_000);

  it("grows a small link's hit area to the profile's touch target, as the PDF does", async () => {
    const { token } = await userWithToken();
    // Each page's "First" link is 12 pt high; the profile asks for 30 pt.
    const yaml = sampleTemplate({ pages: 3 }).replace(
      /width: 100, height: 44 \}, properties: \{ to_dest: "page-1" \}/g,
      'width: 100, height: 12 }, properties: { to_dest: "page-1" }',
    );
    expect(yaml).toContain("height: 12 }");
    const body = (await (await post(token, { yaml_content: yaml, page: 2, width: 200, outline: true })).json()) as Body;
    const first = body.links.find((l) => l.page === 1)!;
    expect(first.rect[3] - first.rect[1]).toBeCloseTo(30, 1);
    expect(body.links.find((l) => l.page === 3)).toBeDefined();
    await expectNavigationOfPdf(yaml, 2, body);
  }, 60_000);

  it("answers the render's warnings with the picture (an unknown font falls back)", async () => {
    const { token } = await userWithToken();
    const yaml = getExample("daily-page")!.yaml.replace(/font: [A-Za-z-]+/, "font: NoSuchFont-Bold");
    expect(yaml).toContain("NoSuchFont-Bold");
    const res = await post(token, { yaml_content: yaml, page: 1, width: 200 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body & { warnings: { severity: string; code: string }[] };
    expect(body.warnings).toContainEqual(expect.objectContaining({ severity: "warning", code: "font_fallback" }));
  }, 60_000);

  it("answers 422 for a page past the end and 400 for a bad width", async () => {
    const { token } = await userWithToken();
    const yaml = getExample("daily-page")?.yaml;
    const past = await post(token, { yaml_content: yaml, page: 99 });
    expect(past.status).toBe(422);
    expect((await past.json()).error.message).toMatch(/Page 99 does not exist; the document has 1 page$/);
    expect((await post(token, { yaml_content: yaml, width: 5 })).status).toBe(400);
  }, 60_000);
});
