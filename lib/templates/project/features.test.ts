// Compiler features beyond the basic modes: anchors and links, link_list expansion, outlines,
// locales, master forms and the §6.2 used_variables helper.
import { describe, expect, it } from "vitest";
import { countProjectPages } from "./compile";
import { linkListRects } from "./link-list";
import { usedVariables } from "./master-checks";
import { byId, compileYaml, destinationsOf, errorsOf, outlinesOf, widgetsOf, yamlDoc } from "@/tests/helpers/project-compile";

const project = (widgets: string, plan: string, extra = "") => `
metadata: {name: Features, device_profile: remarkable-2}
${extra}
masters:
  - name: m
    widgets:
${widgets}
plan:
${plan}
`;
const countPlan = (n: number, more = "") =>
  `  sections:\n    - {kind: p, master: m, generate: count, count: ${n}, counters: {n: {start: 1, step: 1}}${more}}`;

describe("anchors and explicit links", () => {
  it("resolves {page} in anchor ids and link targets at compile time, Page_N targets included", () => {
    const r = compileYaml(
      project(
        `      - {id: a, type: anchor, position: {x: 5, y: 7, width: 1, height: 1}, properties: {dest_id: "Sheet:{page}"}}
      - {id: l, type: internal_link, position: {x: 0, y: 0, width: 40, height: 40}, content: "to {page}", properties: {to_dest: "Page_{total_pages}"}}`,
        countPlan(3),
      ),
    );
    expect(errorsOf(r)).toEqual([]);
    expect(destinationsOf(r)).toEqual([
      { id: "sheet:1", page: 1, x: 5, y: 7, fit: "FitH" },
      { id: "sheet:2", page: 2, x: 5, y: 7, fit: "FitH" },
      { id: "sheet:3", page: 3, x: 5, y: 7, fit: "FitH" },
    ]);
    expect(byId(r, "page_2_l")).toMatchObject({ content: "to {page}", properties: { to_dest: "page_3" } });
    const nav = r.template?.navigation as { links: unknown[] };
    expect(nav.links).toContainEqual({ from_widget: "page_2_l", to_dest: "page_3", padding: 6 });
  });

  it("drops dangling explicit links with a warning, or fails in strict mode", () => {
    const y = project(
      `      - {id: l, type: internal_link, position: {x: 0, y: 0, width: 40, height: 40}, content: x, properties: {to_dest: "nowhere:{n}"}}`,
      countPlan(1),
    );
    const r = compileYaml(y);
    expect(byId(r, "page_1_l")?.properties).toEqual({});
    expect(r.diagnostics.find((d) => d.code === "dangling_link")).toMatchObject({
      severity: "warning",
      path: 'masters["m"].widgets[0].properties.to_dest [page 1, section p, item 1]',
      message: 'page 1: internal_link "page_1_l" labelled "x" links to "nowhere:1", which is not defined on any page (link dropped)',
    });
    expect(errorsOf(compileYaml(y, { strict: true }))[0]?.code).toBe("dangling_link");
  });

  it("lists the first 20 dangling links, counts the rest, and hints at the usual causes (§4.6)", () => {
    const notes = compileYaml(
      project(
        `      - {id: n, type: internal_link, position: {x: 0, y: 0, width: 40, height: 40}, content: Notes, properties: {to_dest: "notes:page:{n:03d}"}}`,
        countPlan(25),
      ),
    );
    const dangling = notes.diagnostics.filter((d) => d.code === "dangling_link");
    expect(dangling).toHaveLength(21);
    expect(dangling[0]?.message).toBe(
      'page 1: internal_link "page_1_n" labelled "Notes" links to "notes:page:001", which is not defined on any page (the default notes bind: add a notes section with enough pages, or bind the link to another kind) (link dropped)',
    );
    expect(dangling[19]?.message).toContain('page 20: internal_link "page_20_n"');
    expect(dangling[20]).toMatchObject({ severity: "warning", message: "and 5 more dangling links not listed" });

    const day = compileYaml(
      project(
        `      - {id: d, type: internal_link, position: {x: 0, y: 0, width: 40, height: 40}, properties: {to_dest: "day:2031-01-0{n}"}}`,
        countPlan(1),
      ),
    );
    expect(day.diagnostics.find((d) => d.code === "dangling_link")?.message).toContain(
      "(no page has this date: check the plan's date range;",
    );
  });

  it("warns about duplicate destinations (last wins) and rejects non-canonical ids", () => {
    const r = compileYaml(
      project(`      - {id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "same:id"}}`, countPlan(2)),
    );
    expect(r.diagnostics.filter((d) => d.code === "duplicate_destination")).toHaveLength(1);
    expect(destinationsOf(r)).toEqual([{ id: "same:id", page: 2, x: 0, y: 0, fit: "FitH" }]);
    const bad = compileYaml(
      project(
        `      - {id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "bad id {n}"}}`,
        countPlan(1),
      ),
    );
    expect(errorsOf(bad)[0]?.message).toBe('destination id "bad id 1" must match ^[a-z0-9][a-z0-9:_-]{1,127}$');
  });

  it("reports invalid bind syntax once per master widget", () => {
    const r = compileYaml(
      project(
        `      - {id: l, type: internal_link, position: {x: 0, y: 0, width: 40, height: 40}, properties: {bind: "day(@date"}}`,
        countPlan(3),
      ),
    );
    expect(errorsOf(r)).toEqual([
      { severity: "error", code: "schema", path: 'masters["m"].widgets[0].properties.bind', message: 'bind: invalid syntax "day(@date"' },
    ]);
  });
});

describe("link_list expansion (§3.17)", () => {
  it("highlights the item named by a token and draws the list background once", () => {
    const r = compileYaml(
      project(
        `      - id: nav
        type: link_list
        position: {x: 10, y: 10, width: 200, height: 60}
        background_color: "#EEEEEE"
        styling: {size: 11}
        properties: {columns: 2, gap_x: 10, gap_y: 10, highlight_index: "{n}", labels: [A, B, C], destinations: [home:index, "p:{n}", x:y]}
      - {id: h, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "p:{n}"}}`,
        countPlan(2),
        "",
      ) + "",
    );
    const ws = widgetsOf(r).filter((w) => w.page === 2);
    // Dangling explicit targets lose their link but keep their label (§4.6 rule 3).
    expect(ws.map((w) => w.id)).toEqual(["page_2_nav", "page_2_links_0_0", "page_2_links_0_1", "page_2_links_0_2", "page_2_h"]);
    expect(ws[0]).toMatchObject({ type: "box", position: { x: 10, y: 10, width: 200, height: 60 } });
    expect(ws[1]).toMatchObject({ content: "A", properties: {} });
    expect(ws[2]).toMatchObject({
      content: "B",
      position: { x: 115, y: 10, width: 95, height: 25 },
      properties: { to_dest: "p:2", highlight: true },
    });
    // home:index and x:y are not defined: dangling explicit links, dropped with warnings.
    expect(r.diagnostics.filter((d) => d.code === "dangling_link")).toHaveLength(4);
  });

  it("lays out vertical lists in a rotated frame", () => {
    const rects = linkListRects({ x: 0, y: 0, width: 40, height: 200 }, 2, { orientation: "vertical_cw" });
    // One column in the rotated frame = strips side by side, the first at the right for clockwise text.
    expect(rects).toEqual([
      { x: 20, y: 0, width: 20, height: 200 },
      { x: 0, y: 0, width: 20, height: 200 },
    ]);
    const ccw = linkListRects({ x: 0, y: 0, width: 40, height: 200 }, 2, { orientation: "vertical_ccw", columns: 2 });
    // Counter-clockwise text reads bottom-to-top, so the first item sits at the bottom.
    expect(ccw).toEqual([
      { x: 0, y: 100, width: 40, height: 100 },
      { x: 0, y: 0, width: 40, height: 100 },
    ]);
  });

  it("expands the deprecated generator model with a warning", () => {
    const r = compileYaml(
      project(
        `      - {id: notes, type: link_list, position: {x: 0, y: 0, width: 100, height: 90}, properties: {count: 3, start_index: 2, index_pad: 2, label_template: "N{index_padded}"}}
      - {id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "notes:page:{n:03d}"}}`,
        countPlan(4),
      ),
    );
    expect(
      widgetsOf(r)
        .filter((w) => w.page === 1 && w.type === "internal_link")
        .map((w) => `${w.content}>${String(w.properties?.to_dest)}`),
    ).toEqual(["N02>notes:page:002", "N03>notes:page:003", "N04>notes:page:004"]);
    expect(r.diagnostics.filter((d) => d.code === "deprecated")).toHaveLength(1);
  });

  it("keeps a list as one widget per page with expand: false, resolved as the expansion resolves it", () => {
    const r = compileYaml(
      project(
        `      - id: nav
        type: link_list
        position: {x: 10, y: 10, width: 200, height: 60}
        properties: {columns: 3, highlight_index: "{n}", labels: ["‹", "Page {n}", "›"], destinations: ["p:{n_prev}", "p:{n}", "p:{n_next}"], expand: false}
      - {id: h, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "p:{n}"}}
      - {id: notes, type: link_list, position: {x: 0, y: 100, width: 100, height: 90}, properties: {count: 2, label_template: "N{index}", bind: "p(@index)", expand: false}}`,
        countPlan(3),
      ),
    );
    expect(errorsOf(r)).toEqual([]);
    const lists = widgetsOf(r).filter((w) => w.type === "link_list" && w.id.endsWith("_nav"));
    expect(lists.map((w) => w.id)).toEqual(["page_1_nav", "page_2_nav", "page_3_nav"]);
    expect(widgetsOf(r).some((w) => w.type === "internal_link")).toBe(false);
    // No page before the first: that item's destination is empty, so the renderer leaves its slot empty.
    expect(lists[0]?.properties).toMatchObject({ labels: ["‹", "Page 1", "›"], destinations: ["", "p:1", "p:2"], highlight_index: "1" });
    expect(lists[2]?.properties).toMatchObject({ destinations: ["p:2", "p:3", ""], highlight_index: "3", expand: false });
    // The old generator form is written out as the lists it produces.
    expect(byId(r, "page_1_notes")?.properties).toEqual({ labels: ["N1", "N2"], destinations: ["p:1", "p:2"], expand: false });
  });
});

describe("cell templates", () => {
  it("substitutes page variables in link_template but keeps the per-cell placeholders", () => {
    const r = compileYaml(
      project(
        `      - {id: c, type: calendar, position: {x: 0, y: 0, width: 300, height: 200}, properties: {start_date: "2026-0{n}", link_template: "p{n}:day:{date}", week_link_template: "week:{iso_week}"}}
      - {id: t, type: table, position: {x: 0, y: 200, width: 300, height: 50}, properties: {rows: 1, columns: 1, link_template: "n{n}:{row}:{col}:{value}"}}`,
        countPlan(2),
      ),
    );
    expect(byId(r, "page_2_c")?.properties).toEqual({
      start_date: "2026-02",
      link_template: "p2:day:{date}",
      week_link_template: "week:{iso_week}",
    });
    expect(byId(r, "page_1_t")?.properties?.link_template).toBe("n1:{row}:{col}:{value}");
  });
});

describe("outlines (§6.5)", () => {
  it("uses the sections' outline entries when any section has one", () => {
    const r = compileYaml(
      project(
        `      - {id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "day:{date}"}}`,
        `  sections:
    - {kind: d, master: m, generate: each_day, start_date: "2026-03-01", end_date: "2026-03-02", outline: {title: "{weekday} {day}", level: 2}}`,
      ),
    );
    expect(outlinesOf(r)).toEqual([
      { title: "Sunday 1", dest: "day:2026-03-01", level: 1 },
      { title: "Monday 2", dest: "day:2026-03-02", level: 2 },
    ]);
  });

  it("titles generated month entries in the plan locale, Index and Notes included", () => {
    const r = compileYaml(`
metadata: {name: Outline}
masters:
  - {name: home, widgets: [{id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home:index"}}]}
  - {name: month, widgets: [{id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "month:{year}-{month_padded}"}}]}
  - {name: note, widgets: [{id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "notes:page:{k:03d}"}}]}
plan:
  locale: de
  sections:
    - {kind: home, master: home, generate: once}
    - {kind: months, master: month, generate: each_month, start_date: "2026-12-01", end_date: "2027-01-31"}
    - {kind: notes, master: note, generate: count, count: 2, counters: {k: {start: 1, step: 1}}}
`);
    expect(outlinesOf(r)).toEqual([
      { title: "Index", dest: "home:index", level: 1 },
      { title: "Dezember 2026", dest: "month:2026-12", level: 1 },
      { title: "Januar 2027", dest: "month:2027-01", level: 1 },
      { title: "Notes", dest: "notes:page:001", level: 1 },
    ]);
  });

  it("writes no outline when generate_outlines is false", () => {
    const r = compileYaml(
      project(
        `      - {id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "year:2026"}}`,
        countPlan(1),
        "link_resolution: {generate_outlines: false}",
      ),
    );
    expect(outlinesOf(r)).toEqual([]);
  });
});

describe("locales and inputs", () => {
  it.each([
    ["en", "Monday, January 5, 2026|January|Jan|Monday|Mon"],
    ["pl", "Poniedziałek, 5 stycznia 2026|Styczeń|Sty|Poniedziałek|Pon"],
    ["de", "Montag, 5 Januar 2026|Januar|Jan|Montag|Mo"],
    ["fr", "Lundi, 5 Janvier 2026|Janvier|Janv.|Lundi|Lun."],
    ["es", "Lunes, 5 Enero 2026|Enero|Ene|Lunes|Lun"],
    ["it", "Lunedì, 5 Gennaio 2026|Gennaio|Gen|Lunedì|Lun"],
    ["ja", "2026年1月5日 月曜日|1月|1月|月曜日|月"],
    ["zh", "2026年1月5日 星期一|一月|1月|星期一|周一"],
    ["uk", "Понеділок, 5 січня 2026|Січень|Січ|Понеділок|Пн"],
  ])("plan locale %s drives compile-time names", (locale, expected) => {
    const r = compileYaml(
      project(
        `      - {id: t, type: text_block, position: {x: 0, y: 0, width: 10, height: 10}, content: "{date_long}|{month_name}|{month_abbr}|{weekday}|{weekday_abbr}"}`,
        `  locale: ${locale}\n  sections:\n    - {kind: d, master: m, generate: each_day, start_date: "2026-01-05", end_date: "2026-01-05"}`,
      ),
    );
    expect(byId(r, "page_1_t")?.content).toBe(expected);
    expect((r.template?.metadata as { locale: string }).locale).toBe(locale);
  });

  it("falls back to English for an unsupported locale", () => {
    const r = compileYaml(
      project(
        `      - {id: t, type: text_block, position: {x: 0, y: 0, width: 10, height: 10}, content: "{month_name}"}`,
        `  locale: ko-KR\n  sections:\n    - {kind: d, master: m, generate: each_month, start_date: "2026-01-05", end_date: "2026-01-05"}`,
      ),
    );
    expect(byId(r, "page_1_t")?.content).toBe("January");
    expect(r.diagnostics.find((d) => d.code === "locale_fallback")).toMatchObject({ severity: "warning", path: "plan.locale" });
  });

  it("accepts numeric strings and masters given as whole template documents", () => {
    const y = `
metadata: {name: Forms}
masters:
  - schema_version: "1.0"
    metadata: {name: sheet, category: x, created: "2026"}
    canvas: {dimensions: {width: 100, height: 100, margins: [0, 0, 0, 0]}}
    widgets: [{id: t, type: text_block, page: 9, position: {x: 0, y: 0, width: 10, height: 10}, content: "{n}"}]
plan: {sections: [{kind: s, master: sheet, generate: count, count: "3", pages_per_item: "2", counters: {n: {start: "10", step: "5"}}}]}
`;
    expect(countProjectPages(yamlDoc(y))).toBe(6);
    const r = compileYaml(y);
    expect(widgetsOf(r).map((w) => `${w.page}:${w.content}`)).toEqual(["1:10", "2:10", "3:15", "4:15", "5:20", "6:20"]);
  });

  it("limits nesting to three levels", () => {
    const leaf = "{kind: d, master: m, generate: once}";
    const r = compileYaml(
      project(
        `      - {id: t, type: box, position: {x: 0, y: 0, width: 10, height: 10}}`,
        `  sections:\n    - {kind: a, master: m, generate: once, nested: [{kind: b, master: m, generate: once, nested: [{kind: c, master: m, generate: once, nested: [${leaf}]}]}]}`,
      ),
    );
    expect(errorsOf(r).map((d) => d.path)).toEqual(["plan.sections[0].nested[0].nested[0].nested[0]"]);
  });

  it("lists used variables of master widgets", () => {
    expect(
      usedVariables([
        {
          content: "{date_long}",
          properties: { to_dest: "day:{date_next}", bind: "month(@year-@month_padded)" },
          styling: { color: "#000" },
        },
      ]),
    ).toEqual(["date_long", "date_next", "month_padded", "year"]);
  });
});
