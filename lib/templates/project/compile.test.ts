import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countProjectPages } from "./compile";
import { serializeCompiledTemplate } from "./output";
import { byId, compileYaml, destinationsOf, errorsOf, outlinesOf, widgetsOf, yamlDoc } from "@/tests/helpers/project-compile";

// The §11.2 example, verbatim from the specification.
const WINTER = readFileSync(fileURLToPath(new URL("./fixtures/winter-2026.yaml", import.meta.url)), "utf8");

describe("§11.2 two-month planner", () => {
  const r = compileYaml(WINTER);

  it("compiles to 62 pages with no errors", () => {
    expect(errorsOf(r)).toEqual([]);
    expect(r.pageCount).toBe(62);
    expect(countProjectPages(yamlDoc(WINTER))).toBe(62);
    expect(r.stats?.pages_generated_per_section).toEqual({ year: 1, months: 2, days: 59 });
  });

  it("defines year, month and day destinations on the right pages", () => {
    const dests = destinationsOf(r);
    expect(dests.find((d) => d.id === "year:2026")?.page).toBe(1);
    expect(dests.find((d) => d.id === "month:2026-01")?.page).toBe(2);
    expect(dests.find((d) => d.id === "month:2026-02")?.page).toBe(3);
    expect(dests.find((d) => d.id === "day:2026-01-01")?.page).toBe(4);
    expect(dests.find((d) => d.id === "day:2026-02-28")?.page).toBe(62);
    expect(dests).toHaveLength(62);
  });

  it("uses page-prefixed widget ids and link_list item ids", () => {
    expect(byId(r, "page_4_title")?.content).toBe("Thursday, January 1, 2026");
    expect(byId(r, "page_1_links_2_0")).toMatchObject({
      type: "internal_link",
      content: "January",
      properties: { to_dest: "month:2026-01" },
    });
    expect(byId(r, "page_1_links_2_1")?.properties?.to_dest).toBe("month:2026-02");
    expect(byId(r, "page_1_links_2_1")?.position).toEqual({ x: 32, y: 130, width: 382, height: 32 });
    expect(widgetsOf(r).filter((w) => w.type === "link_list")).toEqual([]);
  });

  it("suppresses Previous on 1 January and Next on 28 February (D8)", () => {
    expect(byId(r, "page_4_prev")?.properties?.to_dest).toBeUndefined();
    expect(byId(r, "page_4_prev")?.content).toBe("Previous");
    expect(byId(r, "page_62_next")?.properties?.to_dest).toBeUndefined();
    expect(byId(r, "page_5_prev")?.properties?.to_dest).toBe("day:2026-01-01");
    const suppressed = r.diagnostics.filter((d) => d.code === "link_suppressed");
    expect(suppressed.map((d) => d.path)).toEqual([
      'masters["day"].widgets[2].properties.to_dest [page 4, section days, date 2026-01-01]',
      'masters["day"].widgets[4].properties.to_dest [page 62, section days, date 2026-02-28]',
    ]);
    expect(suppressed.every((d) => d.severity === "info")).toBe(true);
  });

  it("resolves the bind and keeps the calendar's per-cell template for the renderer", () => {
    expect(byId(r, "page_40_month")?.properties?.to_dest).toBe("month:2026-02");
    expect(byId(r, "page_2_up")?.properties?.to_dest).toBe("year:2026");
    expect(byId(r, "page_3_grid")?.properties).toMatchObject({ start_date: "2026-02-01", link_template: "day:{date}" });
  });

  it("generates the outline 2026 → January, February", () => {
    expect(outlinesOf(r)).toEqual([
      { title: "2026", dest: "year:2026", level: 1 },
      { title: "January", dest: "month:2026-01", level: 2 },
      { title: "February", dest: "month:2026-02", level: 2 },
    ]);
  });

  it("emits a schema 1.0 template with empty masters and the profile canvas", () => {
    const t = r.template ?? {};
    expect(t.schema_version).toBe("1.0");
    expect(t.masters).toEqual([]);
    expect(t.page_assignments).toEqual([]);
    expect(t.metadata).toMatchObject({
      name: "Winter 2026 (Compiled)",
      profile: "kindle-scribe",
      locale: "en",
      created: "2026-01-01T00:00:00Z",
      category: "planner",
      version: "1.0",
    });
    expect(t.canvas).toMatchObject({ dimensions: { width: 446.4, height: 595.2, margins: [32, 32, 32, 32] } });
  });

  it("serialises to YAML that reads back identically, schema_version staying a string", () => {
    const text = serializeCompiledTemplate(r.template ?? {});
    expect(text).toMatch(/^schema_version: ['"]1\.0['"]\n/);
    expect(yamlDoc(text)).toEqual(r.template);
  });

  it("maps compiled-template paths back to the master and instance", () => {
    const ws = widgetsOf(r);
    const title = ws.findIndex((w) => w.id === "page_40_title");
    const item = ws.findIndex((w) => w.id === "page_1_links_2_1");
    expect(r.mapPath?.(`widgets[${title}].styling.size`)).toBe(
      'masters["day"].widgets[1].styling.size [page 40, section days, date 2026-02-06]',
    );
    expect(r.mapPath?.(`widgets[${item}].properties.to_dest`)).toBe(
      'masters["year"].widgets[2].properties.destinations[1] [page 1, section year, item 1]',
    );
    expect(r.mapPath?.(`widgets[${item}].content`)).toBe('masters["year"].widgets[2].properties.labels[1] [page 1, section year, item 1]');
    expect(r.mapPath?.("navigation.links[0]")).toBe("navigation.links[0]");
  });

  it("compiles in strict mode too: boundary links are info, not errors", () => {
    expect(errorsOf(compileYaml(WINTER, { strict: true }))).toEqual([]);
  });
});
