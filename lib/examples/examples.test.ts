import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { compileProject } from "@/lib/templates/project/compile";
import { parseTemplate } from "@/lib/templates/validate";
import { PROFILE_LIMITS, widgetProblems } from "./example-checks";
import { listExamples, REFERENCE_DATE, getExample, yearPlannerYaml } from "./index";

// Pinned, so dated examples render the same every year.
const examples = listExamples(REFERENCE_DATE);

const parse = (yaml: string) => load(yaml, { schema: CORE_SCHEMA }) as Record<string, unknown>;
const EXPECTED_PAGES: Record<string, number> = { "year-planner": 431, "dot-grid-notebook": 31, "meeting-notebook": 21 };

describe("example gallery", () => {
  it("has at least eight examples with unique ids and the expected kinds", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    expect(
      examples
        .filter((e) => e.kind === "project")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["dot-grid-notebook", "meeting-notebook", "year-planner"]);
    expect(getExample("cornell-notes")?.profile).toBe("supernote-a5x");
  });

  describe.each(examples.map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const limits = PROFILE_LIMITS[example.profile];

    it("parses and targets its profile", () => {
      expect(limits).toBeDefined();
      const doc = parse(example.yaml);
      if (example.kind === "template") {
        expect(doc.schema_version).toBe("1.0");
        expect((doc.metadata as Record<string, unknown>).profile).toBe(example.profile);
        expect((doc.canvas as { dimensions: unknown }).dimensions).toMatchObject({ width: limits?.width, height: limits?.height });
      } else {
        expect((doc.metadata as Record<string, unknown>).device_profile).toBe(example.profile);
      }
    });

    it("passes the template validator in strict mode without a warning", () => {
      const source =
        example.kind === "project" ? compileProject(parse(example.yaml), { strict: true, maxPages: 1000 }).template : example.yaml;
      const r = parseTemplate(source, { strict: true });
      expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      expect(r.pageCount).toBe(EXPECTED_PAGES[example.id] ?? 1);
    });

    it("uses only defined keys and fits the profile's constraints", () => {
      if (!limits) throw new Error("profile missing");
      const doc = parse(example.yaml);
      const r = example.kind === "project" ? compileProject(doc, { strict: true, maxPages: 1000 }) : undefined;
      if (r) {
        expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
        expect(r.pageCount).toBe(EXPECTED_PAGES[example.id]);
      }
      const widgets = (r ? r.template?.widgets : doc.widgets) as unknown[];
      expect(widgets.length).toBeGreaterThanOrEqual(5);
      expect(widgetProblems(widgets, limits)).toEqual([]);
    });
  });
});

describe("yearPlannerYaml (renderer benchmark document)", () => {
  it.each([
    ["2026-01-01", "2026-04-30", 143], // 1 + 4 + 18 weeks + 120 days
    ["2026-01-01", "2026-12-31", 431], // 1 + 12 + 53 + 365
    ["2026-01-01", "2027-12-31", 861], // 2 + 24 + 105 + 730
    ["2027-01-01", "2027-12-31", 431], // 1 + 12 + (2026-W53 + 52) + 365; first week starts in 2026
  ])("%s … %s compiles strictly to %i pages", (startDate, endDate, pages) => {
    const r = compileProject(parse(yearPlannerYaml({ startDate, endDate })), { strict: true, maxPages: 1000 });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.pageCount).toBe(pages);
  });

  it("links every level both ways and generates the outline", () => {
    const r = compileProject(parse(yearPlannerYaml({ startDate: "2026-01-01", endDate: "2026-12-31" })), { strict: true, maxPages: 1000 });
    type W = { id: string; page: number; type: string; content?: string; properties?: Record<string, unknown> };
    const widgets = r.template?.widgets as W[];
    const nav = r.template?.navigation as {
      outlines: { title: string; level: number }[];
      named_destinations: { id: string; page: number }[];
    };
    const dest = new Map(nav.named_destinations.map((d) => [d.id, d.page]));
    expect(dest.get("year:2026")).toBe(1);
    expect(dest.get("month:2026-01")).toBe(2);
    expect(dest.get("week:2026-w01")).toBe(14);
    expect(dest.get("day:2026-01-01")).toBe(67);
    const day = (suffix: string, page: number) => widgets.find((w) => w.id === `page_${page}_${suffix}`);
    // 2 February 2026 (page 67 + 32): prev, week, month, year, next.
    expect([0, 1, 2, 3, 4].map((i) => day(`links_2_${i}`, 99)?.properties?.to_dest)).toEqual([
      "day:2026-02-01",
      "week:2026-w06",
      "month:2026-02",
      "year:2026",
      "day:2026-02-03",
    ]);
    expect(day("links_2_0", 67)).toBeUndefined(); // no previous day on 1 January
    expect(widgets.some((w) => w.page === 99 && w.type === "dot_grid")).toBe(true);
    expect(widgets.some((w) => w.page === 99 && w.type === "lines")).toBe(true);
    expect(day("month", 14)?.properties?.to_dest).toBe("month:2025-12"); // alias on the year page
    expect(dest.get("month:2025-12")).toBe(1);
    expect(nav.outlines).toHaveLength(13);
    expect(nav.outlines.slice(0, 3)).toEqual([
      { title: "2026", dest: "year:2026", level: 1 },
      { title: "January", dest: "month:2026-01", level: 2 },
      { title: "February", dest: "month:2026-02", level: 2 },
    ]);
  });

  it("compiles a two-year planner well within a second of CPU time", () => {
    const doc = parse(yearPlannerYaml({ startDate: "2026-01-01", endDate: "2027-12-31" }));
    compileProject(doc, { strict: false, maxPages: 1000 }); // warm-up
    const c0 = process.cpuUsage();
    const r = compileProject(doc, { strict: false, maxPages: 1000 });
    const c = process.cpuUsage(c0);
    expect(r.pageCount).toBe(861);
    // CPU time, not wall time: the test machines are shared. Quiet-machine figure is ~150 ms.
    expect((c.user + c.system) / 1000).toBeLessThan(1000);
  });

  it("rejects an inverted range", () => {
    expect(() => yearPlannerYaml({ startDate: "2026-02-01", endDate: "2026-01-01" })).toThrow("invalid date range");
  });
});
