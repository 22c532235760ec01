// Sample pictures through the real path: route → generated or example YAML → isolated render child →
// MuPDF → storage; the second request is a storage read.
import { rmSync } from "node:fs";
import { NextRequest } from "next/server";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as galleryPicture } from "@/app/api/gallery/[id]/pictures/[n]/route";
import { GET as themePicture } from "@/app/api/planner/themes/[theme]/pictures/[n]/route";
import { env } from "@/lib/env";
import { shutdownSpareChild } from "@/lib/jobs/child-process";
import { SAMPLE_PICTURE_PREFIX } from "@/lib/samples/pictures";
import { getStorage } from "@/lib/storage";
import { ensureRenderChildBuilt } from "@/tests/helpers/jobs";
import { apiRequest, routeParams, userWithToken } from "@/tests/helpers/users";

const getGallery = (token: string, id: string, n: string, query = "", headers: Record<string, string> = {}) =>
  galleryPicture(new NextRequest(apiRequest(`/api/gallery/${id}/pictures/${n}${query}`, token, { headers })), routeParams({ id, n }));
const getTheme = (token: string, theme: string, n: string, query = "") =>
  themePicture(new NextRequest(apiRequest(`/api/planner/themes/${theme}/pictures/${n}${query}`, token)), routeParams({ theme, n }));

async function png(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("image/png");
  return PNG.sync.read(Buffer.from(await res.arrayBuffer()));
}

async function storedPictures(): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of getStorage().list(SAMPLE_PICTURE_PREFIX)) keys.push(o.key);
  return keys;
}

beforeAll(() => ensureRenderChildBuilt());
afterAll(() => {
  shutdownSpareChild();
  rmSync(env.JOBS_DIR, { recursive: true, force: true });
});

describe("GET /api/gallery/{id}/pictures/{n}", () => {
  it("draws a page of the year planner at the stored width, then serves it from storage", async () => {
    const { token } = await userWithToken();
    const first = await getGallery(token, "year-planner", "3", "?width=200");
    expect(first.headers.get("x-cache")).toBe("miss");
    expect(first.headers.get("x-image-width")).toBe("240");
    const bytes = Buffer.from(await first.clone().arrayBuffer());
    const image = await png(first);
    // 240 pixels wide, in the Boox Note Air 4C's page proportions (445.3 × 593.8 pt).
    expect(image.width).toBe(240);
    expect(image.height).toBeCloseTo((240 * 593.8) / 445.3, -1);
    expect((await storedPictures()).filter((k) => k.endsWith("-240.png")).length).toBeGreaterThanOrEqual(1);

    const again = await getGallery(token, "year-planner", "3", "?width=240");
    expect(again.headers.get("x-cache")).toBe("hit");
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    const etag = again.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}-d_week_\d{4}-w\d{2}-240"$/);
    expect((await getGallery(token, "year-planner", "3", "?width=240", { "if-none-match": etag })).status).toBe(304);
  }, 120_000);

  it("draws a one-page template at another width; unknown examples and pictures are 404, a bad width 400", async () => {
    const { token } = await userWithToken();
    expect((await png(await getGallery(token, "cornell-notes", "1", "?width=480"))).width).toBe(480);
    expect((await getGallery(token, "cornell-notes", "2")).status).toBe(404);
    expect((await getGallery(token, "no-such-example", "1")).status).toBe(404);
    expect((await getGallery(token, "cornell-notes", "0")).status).toBe(400);
    const bad = await getGallery(token, "cornell-notes", "1", "?width=5000");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^width: /);
  }, 120_000);
});

describe("GET /api/planner/themes/{theme}/pictures/{n}", () => {
  it("draws a theme's day page on the asked device", async () => {
    const { token } = await userWithToken();
    const res = await getTheme(token, "minimal", "3", "?width=120&device=kindle-scribe");
    const image = await png(res);
    expect(image.width).toBe(120);
    expect(image.height).toBeGreaterThan(140); // portrait
  }, 120_000);

  it("names what is wrong: unknown theme or picture 404, unknown device 400", async () => {
    const { token } = await userWithToken();
    expect((await getTheme(token, "baroque", "1")).status).toBe(404);
    expect((await getTheme(token, "classic", "4")).status).toBe(404);
    const device = await getTheme(token, "classic", "1", "?device=toaster-9000");
    expect(device.status).toBe(400);
    expect((await device.json()).error.message).toMatch(/device_profile/);
    expect((await getTheme(token, "classic", "1", "?device=../x")).status).toBe(400);
  }, 60_000);
});
