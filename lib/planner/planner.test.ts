// The builder's contract: every valid option set validates, compiles without errors in strict mode
// and stays under the page limit, or is refused up front with its page count; changes that keep the
// structure keep every page where it was (tablets store handwriting per page index).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/render";
import { AppError } from "@/lib/errors";
import { compileYaml, destinationsOf, errorsOf, outlinesOf, widgetsOf } from "@/tests/helpers/project-compile";
import { SUPPORTED_LOCALES } from "@/lib/templates/tokens/locales";
import { plannerDevice } from "./devices";
import { generatePlanner } from "./generate";
import { DAY_LAYOUTS, PAPERS, plannerOptionsSchema, THEMES, type PlannerOptionsInput } from "./schema";
import { plannerPageCount } from "./structure";

const dir = mkdtempSync(join(tmpdir(), "planner-tabs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEVICES = ["remarkable-2", "kindle-scribe", "boox-note-air-4c", "boox-note-air-4c-landscape", "kobo-clara-2e", "supernote-nomad"];

const sectionsArb = fc.record({
  index: fc.boolean(),
  year: fc.boolean(),
  quarters: fc.boolean(),
  months: fc.boolean(),
  weeks: fc.boolean(),
  days: fc.record({
    enabled: fc.boolean(),
    layout: fc.constantFrom(...DAY_LAYOUTS),
    from_hour: fc.integer({ min: 0, max: 12 }),
    to_hour: fc.integer({ min: 17, max: 24 }),
  }),
  habits: fc.boolean(),
  goals: fc.boolean(),
  notes: fc.integer({ min: 0, max: 50 }),
});
const optionsArb: fc.Arbitrary<PlannerOptionsInput> = fc.record({
  device_profile: fc.constantFrom(...DEVICES),
  start: fc
    .tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  months: fc.integer({ min: 1, max: 24 }),
  week_start: fc.constantFrom("monday" as const, "sunday" as const),
  locale: fc.constantFrom(...SUPPORTED_LOCALES),
  hand: fc.constantFrom("right" as const, "left" as const),
  theme: fc.constantFrom(...THEMES),
  paper: fc.constantFrom(...PAPERS),
  sections: sectionsArb,
});

/** Page number of every destination, in page order: the planner's page structure. */
function pageMap(yaml: string): string[] {
  const r = compileYaml(yaml, { strict: true, maxPages: 1000 });
  expect(errorsOf(r).map((d) => `${d.path}: ${d.message}`)).toEqual([]);
  return destinationsOf(r)
    .map((d) => `${d.page}=${d.id}`)
    .sort();
}

describe("planner options", () => {
  it("fills every default but start, and refuses unknown keys by name", () => {
    const o = plannerOptionsSchema.parse({ start: "2027-01" });
    expect(o).toMatchObject({
      months: 12,
      week_start: "monday",
      locale: "en",
      hand: "right",
      theme: "classic",
      paper: "dots",
      holidays: null,
    });
    expect(o.sections.days).toEqual({ enabled: true, layout: "time_blocks", from_hour: 7, to_hour: 21 });
    const bad = plannerOptionsSchema.safeParse({ start: "2027-01", week_starts: "sunday", sections: { dayz: true } });
    expect(bad.success).toBe(false);
    const text = JSON.stringify(bad.error?.issues);
    expect(text).toContain("week_starts");
    expect(text).toContain("dayz");
    expect(plannerOptionsSchema.safeParse({}).error?.issues[0]?.path).toEqual(["start"]);
    expect(plannerOptionsSchema.safeParse({ start: "2027-13" }).success).toBe(false);
    expect(plannerOptionsSchema.safeParse({ start: "2027-01", months: 25 }).success).toBe(false);
  });

  it("names a one-month planner by its month, and a year by its year", () => {
    expect(generatePlanner({ start: "2027-03", months: 1 }).name).toBe("March 2027");
    expect(generatePlanner({ start: "2027-03", months: 1, locale: "de" }).name).toBe("März 2027");
    expect(generatePlanner({ start: "2027-01", months: 12 }).name).toBe("Planner 2027");
    expect(generatePlanner({ start: "2027-08", months: 12 }).name).toBe("Aug 2027 – Jul 2028");
  });

  it("refuses an unknown device and an unknown holiday country with the field in the message", () => {
    expect(() => generatePlanner({ start: "2027-01", device_profile: "etch-a-sketch" })).toThrow(/device_profile/);
    expect(() => generatePlanner({ start: "2027-01", holidays: { country: "QQ" } })).toThrow(/holidays.country/);
    expect(() => generatePlanner({ start: "2027-01", holidays: { country: "DE", region: "ZZ" } })).toThrow(/holidays.region/);
  });

  it("refuses a planner over the page limit up front, with its page count", () => {
    // 24 months with every section stays under the default 1,000; a server may set a lower MAX_PDF_PAGES.
    const options = { start: "2027-01", months: 24, sections: { quarters: true, notes: 50 } };
    const count = plannerPageCount(plannerOptionsSchema.parse(options));
    expect(count).toBeLessThanOrEqual(1000);
    expect(count).toBeGreaterThan(900);
    try {
      generatePlanner(options, 900);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("PAGE_LIMIT");
      expect((err as AppError).message).toContain(count.toLocaleString("en-US"));
    }
  });
});

describe("generated planners (properties)", () => {
  it("every valid combination compiles in strict mode with the announced page count, or is refused with it", () => {
    fc.assert(
      fc.property(optionsArb, (input) => {
        const count = plannerPageCount(plannerOptionsSchema.parse(input));
        if (count > 600) {
          expect(() => generatePlanner(input, 600)).toThrow(new RegExp(`has ${count.toLocaleString("en-US")} pages`));
          return;
        }
        const g = generatePlanner(input, 600);
        const r = compileYaml(g.yaml, { strict: true, maxPages: 1000 });
        expect(errorsOf(r).map((d) => `${d.path}: ${d.message}`)).toEqual([]);
        expect(r.pageCount).toBe(count);
        expect(g.pageCount).toBe(count);
      }),
      { numRuns: 12, seed: 20261204 },
    );
  }, 240_000);

  it("a change that keeps the structure keeps every page's number", () => {
    const structural = fc.record({
      start: fc.constantFrom("2026-08", "2027-01"),
      months: fc.integer({ min: 1, max: 6 }),
      week_start: fc.constantFrom("monday" as const, "sunday" as const),
      sections: sectionsArb.map((s) => ({ ...s, notes: s.notes % 6 })),
    });
    const cosmetic = fc.record({
      theme: fc.constantFrom(...THEMES),
      locale: fc.constantFrom(...SUPPORTED_LOCALES),
      hand: fc.constantFrom("right" as const, "left" as const),
      paper: fc.constantFrom(...PAPERS),
      device_profile: fc.constantFrom(...DEVICES),
      holidays: fc.constantFrom(null, { country: "DE", region: "BY" }, { country: "US" }),
    });
    fc.assert(
      fc.property(structural, cosmetic, cosmetic, fc.constantFrom(...DAY_LAYOUTS), (s, a, b, layout) => {
        const before = pageMap(generatePlanner({ ...s, ...a }).yaml);
        const days = { ...s.sections.days, layout };
        const after = pageMap(generatePlanner({ ...s, ...b, sections: { ...s.sections, days } }).yaml);
        expect(after).toEqual(before);
      }),
      { numRuns: 10, seed: 7 },
    );
  }, 240_000);
});

describe("a default year", () => {
  const g = generatePlanner({ start: "2027-01", hand: "left", week_start: "sunday", locale: "de" });
  const r = compileYaml(g.yaml, { strict: true });
  const widgets = widgetsOf(r);

  it("has an outline from the year down to every day", () => {
    const outline = outlinesOf(r);
    expect(outline.filter((e) => e.level === 1).map((e) => e.title)).toEqual(expect.arrayContaining(["Index", "Ziele", "2027", "Notizen"]));
    expect(outline.filter((e) => e.level === 2 && /^Januar 2027$/.test(e.title))).toHaveLength(1);
    expect(outline.filter((e) => e.level === 4)).toHaveLength(365);
    expect(outline.find((e) => e.dest === "day:2027-01-01")).toMatchObject({ level: 4, title: "Freitag 1" });
  });

  it("puts the side tabs on the left for left-handed use, on every page, linking months", () => {
    // The month tabs are one link list per page, kept as one widget (expand: false).
    const tabs = widgetsOf(r).filter((w) => w.type === "link_list" && (w.properties?.labels as string[] | undefined)?.[0] === "Jan");
    expect(tabs).toHaveLength(r.pageCount ?? -1);
    expect(tabs.every((w) => (w.position?.x ?? 999) < 10 && (w.properties?.destinations as string[])[0] === "month:2027-01")).toBe(true);
  });

  it("starts weeks on Sunday and names them by the ISO week of their Monday", () => {
    const page = widgets.find((x) => x.type === "anchor" && x.properties?.dest_id === "week:2027-w02")?.page;
    const week = widgets.filter((w) => w.page === page);
    const first = week.find((w) => w.type === "internal_link" && String(w.content).startsWith("So "));
    expect(first?.content).toBe("So 10");
    expect(first?.properties?.to_dest).toBe("day:2027-01-10");
  });
});

describe("side tabs keep the device's touch minimum", () => {
  // Month tabs once got 1 unit against a section tab's 1.7, so a Scribe's 12 months were 25.6 pt tall
  // (28 pt minimum) and every page of a year reported a short link. Sections now give up height first.
  const cases = ["kindle-scribe", "boox-note-air-4c", "remarkable-2", "supernote-manta", "boox-max-13"].flatMap((device_profile) =>
    THEMES.flatMap((theme) => (["right", "left"] as const).map((hand) => ({ device_profile, theme, hand }))),
  );
  it.each(cases)("$device_profile $theme $hand: every month tab is at least the minimum tall", ({ device_profile, theme, hand }) => {
    const g = generatePlanner({ start: "2027-01", device_profile, theme, hand }, 1000, "month");
    const r = compileYaml(g.yaml, { strict: false });
    const min = plannerDevice(device_profile, undefined)?.minTouch ?? NaN;
    const months = widgetsOf(r).find((w) => w.type === "link_list" && (w.properties?.labels as string[] | undefined)?.[0] === "Jan");
    const gap = Number(months?.properties?.gap_y ?? 0);
    const each = ((months?.position?.height ?? 0) - 11 * gap) / 12;
    expect(each).toBeGreaterThanOrEqual(min);
  });
});

describe("side tabs in the render's link check", () => {
  // The same check the PDF reports (§4.4, hit areas grown where there is room): no side tab of a year
  // planner (12 month tabs) is left short. Weeks and days are off only to keep the render small.
  it.each(["kindle-scribe", "boox-note-air-4c"])(
    "%s: no tab reports constraint_touch",
    async (device_profile) => {
      const sections = { weeks: false, days: { enabled: false }, notes: 1 };
      const g = generatePlanner({ start: "2027-01", device_profile, sections }, 1000);
      const r = await renderDocument({
        yaml: g.yaml,
        outputPath: join(dir, `${device_profile}.pdf`),
        strict: false,
        deterministic: true,
        maxPages: 1000,
      });
      const tabIds = new Set(
        widgetsOf(compileYaml(g.yaml))
          .filter((w) => w.type === "link_list" && (w.position?.x ?? 0) > 300)
          .map((w) => w.id),
      );
      expect(tabIds.size).toBeGreaterThan(0);
      // A link list reports per item: `<widget id>_<item>`.
      const short = r.diagnostics.filter((d) => d.code === "constraint_touch" && tabIds.has((d.widget_id ?? "").replace(/_\d+$/, "")));
      expect(short.map((d) => `p${d.page} ${d.widget_id}`)).toEqual([]);
    },
    60_000,
  );
});

describe("small devices keep every page on the page", () => {
  // A Kindle Paperwhite's page is 296.6 × 395.5 pt: the day page's to-do list once ran 80 pt past its
  // bottom edge (three off-page boxes on each of a year's 365 day pages). Geometry of the compiled page,
  // so no render: every widget inside the page, and no text below the device's minimum font.
  const cases = ["kindle-paperwhite", "kobo-clara-2e", "boox-page"].flatMap((device_profile) =>
    DAY_LAYOUTS.flatMap((layout) =>
      (["day", "year", "habits", "month", "week"] as const).map((page) => ({ device_profile, layout, page })),
    ),
  );
  it.each(cases)("$device_profile $layout $page", ({ device_profile, layout, page }) => {
    const g = generatePlanner({ start: "2027-01", device_profile, sections: { days: { enabled: true, layout } } }, 1000, page);
    const r = compileYaml(g.yaml, { strict: false });
    const dev = plannerDevice(device_profile, undefined);
    const W = dev?.width ?? NaN;
    const H = dev?.height ?? NaN;
    const widgets = widgetsOf(r);
    expect(widgets.length).toBeGreaterThan(5);
    const off = widgets.filter((w) => {
      const { x = NaN, y = NaN, width = NaN, height = NaN } = w.position ?? {};
      return !(x >= 0 && y >= 0 && x + width <= W + 0.01 && y + height <= H + 0.01);
    });
    expect(off.map((w) => `${w.id} ${JSON.stringify(w.position)}`)).toEqual([]);
    const sizeOf = (w: object) => (w as { styling?: { size?: unknown } }).styling?.size;
    const small = widgets.filter((w) => typeof sizeOf(w) === "number" && Number(sizeOf(w)) < (dev?.minFont ?? NaN));
    expect(small.map((w) => `${w.id} ${String(sizeOf(w))}`)).toEqual([]);
  });
});

describe("the year page on every device", () => {
  // A Paperwhite's twelve mini months at its 8 pt minimum had 9.8 × 6.8 pt cells for two digits of
  // 8 pt: the day numbers ran into each other. Where they do not fit, the year page lists the months.
  const cellOk = (w: { position?: { width?: number; height?: number } }, size: number) =>
    (w.position?.width ?? 0) / 7 >= 1.1 * size + 2 && (w.position?.height ?? 0) / 7 >= 1.2 * size;
  it.each(DEVICES.concat(["kindle-paperwhite", "boox-page", "remarkable-paper-pro-move-portrait"]))("%s", (device_profile) => {
    const g = generatePlanner({ start: "2027-01", device_profile }, 1000, "year");
    const widgets = widgetsOf(compileYaml(g.yaml, { strict: false }));
    const calendars = widgets.filter((w) => w.type === "calendar");
    const sizeOf = (w: object) => Number((w as { styling?: { size?: unknown } }).styling?.size);
    expect(calendars.filter((w) => !cellOk(w, sizeOf(w))).map((w) => `${w.id} ${JSON.stringify(w.position)} ${sizeOf(w)}`)).toEqual([]);
    // Every month is still one tap away: a mini month's name, or an item of the month list.
    const targets = widgets.flatMap((w) =>
      w.type === "internal_link" ? [String(w.properties?.to_dest)] : ((w.properties?.destinations as string[] | undefined) ?? []),
    );
    for (let m = 1; m <= 12; m++) expect(targets).toContain(`month:2027-${String(m).padStart(2, "0")}`);
    if (["remarkable-2", "kindle-scribe", "boox-note-air-4c"].includes(device_profile)) expect(calendars).toHaveLength(12);
  });
});
