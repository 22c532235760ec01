import { describe, expect, it } from "vitest";
import { getProfile, listProfiles, lookupProfile, parseProfile, profilePageSize, profilePngSize } from "./index";

// §7.4: id → page pt (w × h), PNG px, colour, min font, min stroke, touch, max grey fill, margin.
const TABLE: [string, number, number, number, number, boolean, number, number, number, number, number][] = [
  ["boox-go-10.3", 445.3, 593.8, 1404, 1872, false, 10, 0.75, 30, 0.15, 36],
  ["boox-go-color-7-landscape", 403.2, 303.4, 1680, 1264, true, 8, 0.5, 28, 0.2, 24],
  ["boox-go-color-7-portrait", 303.4, 403.2, 1264, 1680, true, 8, 0.5, 28, 0.2, 24],
  ["boox-max-13", 573.9, 765.2, 1650, 2200, false, 10, 0.75, 30, 0.2, 36],
  ["boox-note-air-3c", 445.3, 593.8, 1404, 1872, true, 10, 0.75, 30, 0.2, 36],
  ["boox-note-air-4c-landscape", 593.8, 445.3, 1872, 1404, true, 10, 0.75, 30, 0.15, 36],
  ["boox-note-air-4c-letter", 445.3, 593.8, 1404, 1872, true, 10, 0.75, 30, 0.15, 36],
  ["boox-note-air-4c", 445.3, 593.8, 1404, 1872, true, 10, 0.75, 30, 0.2, 36],
  ["boox-page", 303.4, 403.2, 1264, 1680, false, 8, 0.5, 28, 0.2, 24],
  ["boox-tab-mini-c", 449.3, 337.0, 1872, 1404, true, 8, 0.5, 30, 0.2, 36],
  ["boox-tab-ultra-c-landscape", 765.2, 573.9, 2200, 1650, true, 9, 0.5, 30, 0.2, 48],
  ["boox-tab-ultra-c-portrait", 573.9, 765.2, 1650, 2200, true, 9, 0.5, 30, 0.2, 48],
  ["kindle-paperwhite", 296.6, 395.5, 1236, 1648, false, 8, 0.5, 28, 0.2, 24],
  ["kindle-scribe", 446.4, 595.2, 1860, 2480, false, 8, 0.5, 28, 0.25, 32],
  ["kobo-clara-2e", 257.3, 347.5, 1072, 1448, false, 8, 0.5, 28, 0.2, 24],
  ["kobo-elipsa-2e", 445.3, 593.8, 1404, 1872, false, 10, 0.75, 30, 0.2, 36],
  ["kobo-libra-2", 303.4, 403.2, 1264, 1680, false, 8, 0.5, 28, 0.2, 24],
  ["kobo-sage", 345.6, 460.8, 1440, 1920, false, 8, 0.5, 26, 0.25, 28],
  ["remarkable-1", 447.3, 596.4, 1404, 1872, false, 10, 0.75, 30, 0.2, 36],
  ["remarkable-2", 447.3, 596.4, 1404, 1872, false, 10, 0.75, 30, 0.2, 36],
  ["remarkable-paper-pro-move-landscape", 462.5, 260.2, 1696, 954, true, 9, 0.75, 30, 0.2, 36],
  ["remarkable-paper-pro-move-portrait", 260.2, 462.5, 954, 1696, true, 9, 0.75, 30, 0.2, 36],
  ["remarkable-paper-pro", 509.3, 679.1, 1620, 2160, true, 9, 0.75, 30, 0.2, 36],
  ["supernote-a5x", 447.3, 596.4, 1404, 1872, false, 10, 0.75, 30, 0.2, 36],
  ["supernote-a6x", 337.0, 449.3, 1404, 1872, false, 8, 0.5, 28, 0.2, 28],
  ["supernote-manta", 460.8, 614.4, 1920, 2560, false, 8, 0.5, 28, 0.25, 32],
  ["supernote-nomad", 337.0, 449.3, 1404, 1872, false, 8, 0.5, 28, 0.2, 28],
];

describe("built-in profiles (§7.4)", () => {
  it("has exactly the 27 profiles", () => {
    expect(listProfiles().map((p) => p.id)).toEqual(TABLE.map((r) => r[0]).sort());
  });
  it.each(TABLE)("%s matches the table", (id, w, h, pngW, pngH, colour, font, stroke, touch, fill, margin) => {
    const p = getProfile(id);
    expect(p).toBeDefined();
    if (!p) return;
    expect(profilePageSize(p)).toEqual({ width: w, height: h });
    expect(profilePngSize(p)).toEqual({ width: pngW, height: pngH });
    expect(p.display.color).toBe(colour);
    expect(p.constraints).toEqual({
      min_font_pt: font,
      min_stroke_pt: stroke,
      min_touch_target_pt: touch,
      grayscale_levels: 16,
      max_gray_fill_area: fill,
    });
    expect(p.pdf_settings.safe_margins).toEqual([margin, margin, margin, margin]);
  });
  it("keeps the two names that differ from the id", () => {
    expect(getProfile("boox-go-10.3")?.name).toBe("Boox-Go-10.3");
    expect(getProfile("boox-note-air-4c-landscape")?.name).toBe("boox-note-air-4C-landscape");
  });
});

describe("lookup (§7.2)", () => {
  it("normalises case and underscores, and matches names", () => {
    expect(getProfile("Boox-Note-Air-4C")?.id).toBe("boox-note-air-4c");
    expect(getProfile("kindle_scribe")?.id).toBe("kindle-scribe");
    expect(getProfile("BOOX-GO-10.3")?.id).toBe("boox-go-10.3");
    expect(getProfile("nope")).toBeUndefined();
  });
  it("resolves the legacy alias", () => {
    expect(lookupProfile("boox-tab-ultra-c")).toMatchObject({ aliasOf: "boox-tab-ultra-c", profile: { id: "boox-tab-ultra-c-portrait" } });
  });
  it("lets a user profile replace a built-in one", () => {
    const mine = parseProfile("remarkable-2", {
      profile: {
        name: "mine",
        display: { screen_size: [1000, 1500], ppi: 200, physical_size: "x", color: true },
        pdf_settings: { page_size: "Custom", orientation: "portrait" },
      },
    });
    expect(mine.constraints).toEqual({
      min_font_pt: 10,
      min_stroke_pt: 0.75,
      min_touch_target_pt: 44,
      grayscale_levels: 16,
      max_gray_fill_area: 0.2,
    });
    expect(mine.pdf_settings.safe_margins).toEqual([36, 36, 36, 36]);
    expect(lookupProfile("remarkable-2", [mine])).toMatchObject({ replacedBuiltin: true, profile: { name: "mine" } });
    expect(profilePageSize(mine)).toEqual({ width: 360, height: 540 });
  });
  it("rejects invalid profile files and ids", () => {
    const file = {
      profile: {
        name: "x",
        display: { screen_size: [1, 1], ppi: 100, physical_size: "x", color: true },
        pdf_settings: { page_size: "A4", orientation: "portrait" },
      },
    };
    expect(() => parseProfile("ok", file)).toThrow();
    expect(() =>
      parseProfile("Bad Id", { ...file, profile: { ...file.profile, display: { ...file.profile.display, ppi: 200 } } }),
    ).toThrow();
  });
});
