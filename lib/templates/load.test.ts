import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isProjectDocument, loadDocument } from "./load";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
const header = (profile = "remarkable-2") =>
  `schema_version: "1.0"\nmetadata: {name: Sheet, category: t, created: "2026-01-01", profile: ${profile}}\ncanvas: {dimensions: {width: 447.3, height: 596.4, margins: [0, 0, 0, 0]}}\n`;

describe("loadDocument", () => {
  it("loads the §11.1 daily sheet with no diagnostics", () => {
    const r = loadDocument(fixture("daily-sheet.yaml"), { strict: true, maxPages: 1000 });
    expect(r).toMatchObject({ kind: "template", title: "Daily sheet", pageCount: 1, diagnostics: [] });
    expect(r.profile?.id).toBe("remarkable-2");
    expect(r.template?.widgets).toHaveLength(9);
  });

  it("compiles the §11.2 project to 62 pages", () => {
    const r = loadDocument(fixture("winter-project.yaml"), { strict: false, maxPages: 1000 });
    expect(r).toMatchObject({ kind: "project", title: "Winter 2026", pageCount: 62 });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.template?.metadata.profile).toBe("kindle-scribe");
    expect(r.template?.canvas.dimensions).toMatchObject({ width: 446.4, height: 595.2 });
  });

  it("warns locale_fallback for an unsupported metadata.locale and accepts regional variants (§5.7)", () => {
    const yaml = (locale: string) => header().replace("profile: remarkable-2}", `profile: remarkable-2, locale: ${locale}}`);
    const r = loadDocument(yaml("ko-KR"), { strict: true, maxPages: 1000 });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", code: "locale_fallback", path: "metadata.locale", line: 2 }),
    ]);
    expect(r.template).toBeDefined();
    expect(loadDocument(yaml("de_AT"), { strict: true, maxPages: 1000 }).diagnostics).toEqual([]);
  });

  it("warns locale_fallback once for a calendar's unsupported properties.locale, even in strict mode (§5.7)", () => {
    const cal = (id: string, locale: string, extra = "") =>
      `  - {id: ${id}, type: calendar, position: {x: 20, y: 20, width: 210, height: 140}${extra}, properties: {start_date: "2026-03-01", locale: "${locale}"}}\n`;
    const src = `${header()}widgets:\n${cal("a", "xx-YY")}${cal("b", "de-AT")}${cal("c", "ko", ", page: 2")}`;
    const r = loadDocument(src, { strict: true, maxPages: 1000 });
    expect(r.template).toBeDefined();
    expect(r.diagnostics.filter((d) => d.code === "locale_fallback")).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "widgets[0].properties.locale",
        widget_id: "a",
        page: 1,
        line: 5,
        message: 'unsupported locale "xx-YY", English used',
      }),
      expect.objectContaining({ severity: "warning", path: "widgets[2].properties.locale", widget_id: "c", page: 2, line: 7 }),
    ]);
  });

  it("warns locale_fallback once for a project master's calendar, not once per generated page", () => {
    const src = `metadata: {name: P, device_profile: remarkable-2}
masters:
  - name: m
    widgets:
      - {id: cal, type: calendar, position: {x: 20, y: 20, width: 210, height: 140}, properties: {start_date: "2026-03-01", locale: "xx"}}
plan:
  sections:
    - {kind: p, master: m, generate: count, count: 3}
`;
    const r = loadDocument(src, { strict: false, maxPages: 1000 });
    expect(r.pageCount).toBe(3);
    const found = r.diagnostics.filter((d) => d.code === "locale_fallback");
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toMatch(/^masters\["m"\]\.widgets\[0\]\.properties\.locale/);
  });

  it("detects projects by named masters plus a plan", () => {
    expect(isProjectDocument({ masters: [{ name: "a" }], plan: {} })).toBe(true);
    expect(isProjectDocument({ masters: [{ id: "a" }], plan: {} })).toBe(false);
    expect(isProjectDocument({ masters: [{ name: "a" }] })).toBe(false);
  });

  it("stops at the page limit with the exact message, before widget validation", () => {
    const src = `${header()}widgets:\n  - {id: a, type: box, page: 1500, position: nonsense}\n`;
    const r = loadDocument(src, { strict: false, maxPages: 1000 });
    expect(r.template).toBeUndefined();
    expect(r.pageCount).toBe(1500);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: "page_limit", severity: "error", message: "PDF has 1500 pages, exceeds limit of 1000" }),
    ]);
    const project = loadDocument(fixture("winter-project.yaml"), { strict: false, maxPages: 50 });
    expect(project.diagnostics.find((d) => d.code === "page_limit")?.message).toBe("PDF has 62 pages, exceeds limit of 50");
  });

  it("enforces constraints: fixed with a warning, or an error without a template in strict mode", () => {
    const src = `${header()}widgets:\n  - {id: t, type: text_block, position: {x: 0, y: 0, width: 50, height: 20}, styling: {size: 9}}\n`;
    const lax = loadDocument(src, { strict: false, maxPages: 1000 });
    expect(lax.template?.widgets[0]?.styling.size).toBe(10);
    expect(lax.diagnostics).toEqual([
      expect.objectContaining({ code: "constraint_font", severity: "warning", path: "widgets[0].styling.size" }),
    ]);
    const strict = loadDocument(src, { strict: true, maxPages: 1000 });
    expect(strict.template).toBeUndefined();
    expect(strict.diagnostics[0]).toMatchObject({ code: "constraint_font", severity: "error" });
  });

  it("uses the profile option over metadata.profile", () => {
    const src = `${header()}widgets:\n  - {id: t, type: text_block, position: {x: 0, y: 0, width: 50, height: 20}, styling: {size: 9}}\n`;
    const r = loadDocument(src, { strict: true, maxPages: 1000, profile: "kindle_scribe" });
    expect(r.profile?.id).toBe("kindle-scribe");
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    const bad = loadDocument(src, { strict: false, maxPages: 1000, profile: "nope" });
    expect(bad.template).toBeUndefined();
    expect(bad.diagnostics).toEqual([expect.objectContaining({ code: "schema", message: 'unknown device profile "nope"' })]);
  });

  it("returns YAML problems with a title fallback", () => {
    expect(loadDocument("a: [", { strict: false, maxPages: 10 })).toMatchObject({
      title: "Untitled",
      kind: "template",
      diagnostics: [expect.objectContaining({ code: "schema", path: "(root)" })],
    });
  });
});

describe("configured profiles", () => {
  it("accepts a user profile id in metadata and enforces its constraints", async () => {
    const { parseProfile } = await import("./profiles");
    const mine = parseProfile("studio-13", {
      profile: {
        name: "Studio",
        display: { screen_size: [1650, 2200], ppi: 207, physical_size: '13"', color: false },
        pdf_settings: { page_size: "A4", orientation: "portrait" },
        constraints: { min_font_pt: 12 },
      },
    });
    const src = `${header("studio-13")}widgets:\n  - {id: t, type: text_block, position: {x: 0, y: 0, width: 50, height: 20}, styling: {size: 11}}\n`;
    expect(loadDocument(src, { strict: false, maxPages: 10 }).template).toBeUndefined();
    const r = loadDocument(src, { strict: false, maxPages: 10, userProfiles: [mine] });
    expect(r.profile?.id).toBe("studio-13");
    expect(r.template?.widgets[0]?.styling.size).toBe(12);
  });
});
