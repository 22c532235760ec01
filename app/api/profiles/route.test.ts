import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as list } from "@/app/api/profiles/route";
import { GET as one } from "@/app/api/profiles/[name]/route";

const get = (path: string) => new NextRequest(new Request(`http://localhost${path}`));
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

describe("GET /api/profiles", () => {
  it("lists all 27 built-in profiles, sorted, as cacheable snake_case JSON", async () => {
    const res = await list(get("/api/profiles"), params({}));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const { profiles } = (await res.json()) as { profiles: { id: string }[] };
    expect(profiles).toHaveLength(27);
    const ids = profiles.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(ids).toContain("boox-note-air-4c");
  });
});

describe("GET /api/profiles/{name}", () => {
  it("answers one profile with §7.1 fields and the §7.3 page size", async () => {
    const res = await one(get("/api/profiles/boox-go-10.3"), params({ name: "boox-go-10.3" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await res.json()).toEqual({
      id: "boox-go-10.3",
      name: "Boox-Go-10.3",
      display: { screen_size: [1872, 1404], ppi: 227, physical_size: '10.3"', color: false },
      pdf_settings: { page_size: "A4", orientation: "portrait", safe_margins: [36, 36, 36, 36] },
      constraints: { min_font_pt: 10, min_stroke_pt: 0.75, min_touch_target_pt: 30, grayscale_levels: 16, max_gray_fill_area: 0.15 },
      page_size_pt: { width: 445.3, height: 593.8 },
    });
  });

  it("finds a profile by display name, case and underscores ignored, and by legacy alias (§7.2)", async () => {
    const byName = await (await one(get("/api/profiles/Boox_Note_Air_4C"), params({ name: "Boox_Note_Air_4C" }))).json();
    expect(byName.id).toBe("boox-note-air-4c");
    const alias = await (await one(get("/api/profiles/boox-tab-ultra-c"), params({ name: "boox-tab-ultra-c" }))).json();
    expect(alias).toMatchObject({ id: "boox-tab-ultra-c-portrait", page_size_pt: { width: 573.9, height: 765.2 } });
  });

  it("answers 404 JSON for an unknown profile, not cached", async () => {
    const res = await one(get("/api/profiles/no-such-device"), params({ name: "no-such-device" }));
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "Device profile not found" } });
  });
});
