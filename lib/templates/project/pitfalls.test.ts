// One test group per compiler pitfall of docs/template-language §1.4 (D8–D15).
import { describe, expect, it } from "vitest";
import { countProjectPages } from "./compile";
import { byId, compileYaml, errorsOf, probeProject, widgetsOf, yamlDoc } from "@/tests/helpers/project-compile";

const linkProject = (
  widget: string,
  plan = `  sections:
    - {kind: days, master: day, generate: each_day, start_date: "2026-12-30", end_date: "2026-12-31"}`,
) => `
metadata: {name: Links}
masters:
  - name: day
    widgets:
      - {id: a, type: anchor, position: {x: 0, y: 0, width: 10, height: 10}, properties: {dest_id: "day:{date}"}}
      ${widget}
plan:
${plan}
`;

describe("D8: empty navigation variables mean no link", () => {
  it("internal_link to day:{date_next} on the last day", () => {
    const r = compileYaml(
      linkProject(
        `- {id: n, type: internal_link, position: {x: 0, y: 0, width: 40, height: 40}, content: Next, properties: {to_dest: "day:{date_next}"}}`,
      ),
      { strict: true },
    );
    expect(errorsOf(r)).toEqual([]);
    expect(byId(r, "page_1_n")?.properties?.to_dest).toBe("day:2026-12-31");
    expect(byId(r, "page_2_n")?.properties).toEqual({});
    expect(byId(r, "page_2_n")?.content).toBe("Next");
  });

  it("bind: day(@date_next) is not a syntax error at the boundary", () => {
    const r = compileYaml(
      linkProject(
        `- {id: n, type: internal_link, position: {x: 0, y: 0, width: 40, height: 40}, content: Next, properties: {bind: "day(@date_next)"}}`,
      ),
      { strict: true },
    );
    expect(errorsOf(r)).toEqual([]);
    expect(byId(r, "page_1_n")?.properties).toEqual({ to_dest: "day:2026-12-31" });
    expect(byId(r, "page_2_n")?.properties).toEqual({});
    expect(r.diagnostics.filter((d) => d.code === "link_suppressed")).toHaveLength(1);
  });

  it("a tap_zone with an empty target is removed rather than linking to its own page", () => {
    const r = compileYaml(
      linkProject(`- {id: z, type: tap_zone, position: {x: 0, y: 0, width: 40, height: 40}, properties: {to_dest: "day:{date_prev}"}}`),
    );
    expect(byId(r, "page_1_z")).toBeUndefined();
    expect(byId(r, "page_2_z")?.properties?.to_dest).toBe("day:2026-12-30");
  });

  it("link_list items with an empty destination are skipped, the others keep their slots", () => {
    const r = compileYaml(
      linkProject(
        `- {id: nav, type: link_list, position: {x: 0, y: 0, width: 300, height: 40}, properties: {columns: 3, labels: [Prev, Top, Next], destinations: ["day:{date_prev}", "day:{date}", "day:{date_next}"]}}`,
      ),
    );
    const ids = widgetsOf(r)
      .filter((w) => w.type === "internal_link")
      .map((w) => `${w.id}@${w.position?.x}`);
    expect(ids).toEqual(["page_1_links_1_1@100", "page_1_links_1_2@200", "page_2_links_1_0@0", "page_2_links_1_1@100"]);
  });

  it("boundary variables are empty at year ends for each_month and each_week", () => {
    const y = probeProject(
      `  sections:
    - {kind: mo, master: m, generate: each_month, start_date: "2026-01-01", end_date: "2026-12-31"}
    - {kind: w, master: m, generate: each_week, start_date: "2026-12-21", end_date: "2026-12-31"}`,
      "[{month_prev_ym}|{month_next_ym}|{week_prev}|{week_next}|{iso_week_next}]",
    );
    const c = widgetsOf(compileYaml(y)).map((w) => w.content);
    expect(c[0]).toBe("[|2026-02||2|2026-W02]");
    expect(c[11]).toBe("[2026-11||48||]"); // 1 December 2026 is in ISO week 49
    expect(c[12]).toBe("[|2027-01||53|2026-W53]");
    expect(c[13]).toBe("[2026-11||52||]"); // week 53 of 2026, last item
  });
});

describe("D9: month_prev/month_next keep the year", () => {
  it("offers year-carrying variables and lints {year} next to month_prev", () => {
    const y = probeProject(
      `  sections:
    - {kind: mo, master: m, generate: each_month, start_date: "2026-01-01", end_date: "2026-02-28"}`,
      "{year}-{month_prev:02d} / {month_prev_ym}",
    );
    const r = compileYaml(y);
    expect(widgetsOf(r)[1]?.content).toBe("2026-01 / 2026-01");
    const lint = r.diagnostics.filter((d) => d.code === "lint" && d.path === 'masters["m"].widgets[0].content');
    expect(lint).toHaveLength(1);
    expect(lint[0]?.severity).toBe("info");
  });
});

describe("D10: full format-spec grammar at compile time", () => {
  it("pads, aligns and groups", () => {
    const y = probeProject(
      `  sections:
    - {kind: c, master: m, generate: once, context: {x: ab, n: 1234567}}`,
      "[{x:>10}][{x:*^6}][{n:,}][{n:_d}][{page:03d}]",
    );
    expect(widgetsOf(compileYaml(y))[0]?.content).toBe("[        ab][**ab**][1,234,567][1_234_567][{page:03d}]");
  });
});

describe("D11: unresolved variables are reported with their path", () => {
  it("warns in non-strict mode and renders empty; errors in strict mode", () => {
    const y = probeProject(
      `  sections:
    - {kind: c, master: m, generate: count, count: 2}`,
      "a{typo}b",
    );
    const r = compileYaml(y);
    expect(widgetsOf(r)[0]?.content).toBe("ab");
    const d = r.diagnostics.filter((x) => x.code === "unresolved_token");
    expect(d.map((x) => `${x.severity} ${x.path}: ${x.message}`)).toEqual([
      'warning masters["m"].widgets[0].content [page 1, section c, item 1]: unresolved token {typo} (rendered empty)',
      'warning masters["m"].widgets[0].content [page 2, section c, item 2]: unresolved token {typo} (rendered empty)',
    ]);
    expect(d[0]).toMatchObject({ page: 1, widget_id: "page_1_t" });
    const strict = compileYaml(y, { strict: true });
    expect(strict.template).toBeUndefined();
    expect(errorsOf(strict)[0]?.code).toBe("unresolved_token");
  });

  it("folds repeats beyond 20 per master path into one summary", () => {
    const y = probeProject(
      `  sections:
    - {kind: c, master: m, generate: count, count: 25}`,
      "{typo}",
    );
    const d = compileYaml(y).diagnostics.filter((x) => x.code === "unresolved_token");
    expect(d).toHaveLength(21);
    expect(d[20]?.message).toBe("… and 5 more generated pages with the same problem");
  });
});

describe("D12: date sections fall back to plan.calendar", () => {
  it("uses plan.calendar dates, and errors only when neither is given", () => {
    const y = probeProject(
      `  calendar: {start_date: "2026-02-27", end_date: "2026-03-01"}
  sections:
    - {kind: d, master: m, generate: each_day}`,
      "{date}",
    );
    expect(widgetsOf(compileYaml(y)).map((w) => w.content)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    const own = y.replace("generate: each_day}", 'generate: each_day, start_date: "2026-05-01", end_date: "2026-05-01"}');
    expect(widgetsOf(compileYaml(own)).map((w) => w.content)).toEqual(["2026-05-01"]);
  });
});

describe("D13: exact count by dry enumeration", () => {
  it("adds parent pages and counts partial weeks", () => {
    const y = probeProject(
      `  sections:
    - kind: mo
      master: m
      generate: each_month
      start_date: "2026-01-01"
      end_date: "2026-03-31"
      pages_per_item: 2
      nested:
        - {kind: w, master: m, generate: each_week, start_date: "2026-01-01", end_date: "2026-01-31"}`,
      "x",
    );
    // 3 months × (2 pages + 5 ISO weeks touched by January 2026).
    expect(countProjectPages(yamlDoc(y))).toBe(21);
    expect(compileYaml(y).pageCount).toBe(21);
  });

  it("counts before building widgets, even for plans far above the limit", () => {
    const y = probeProject(
      `  sections:
    - {kind: d, master: m, generate: each_day, start_date: "0001-01-01", end_date: "9999-12-31"}`,
      "x",
    );
    const t0 = performance.now();
    const r = compileYaml(y);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.pageCount).toBe(3652059);
    expect(errorsOf(r)[0]?.message).toBe("PDF has 3652059 pages, exceeds limit of 1000");
  });
});

describe("D14: once sections set no counter neighbours", () => {
  it("leaves n_prev/n_next undefined in once, defined mid-section in count", () => {
    const y = probeProject(
      `  sections:
    - {kind: o, master: m, generate: once, counters: {n: {start: 5, step: 1}}}
    - {kind: c, master: m, generate: count, count: 3, counters: {k: {start: 1, step: 2}}}`,
      "{n}{k}/{n_prev}{k_prev}/{n_next}{k_next}",
    );
    const r = compileYaml(y);
    expect(widgetsOf(r).map((w) => w.content)).toEqual(["5//", "1//3", "3/1/5", "5/3/"]);
    const page1 = r.diagnostics.filter((d) => d.code === "unresolved_token" && d.page === 1).map((d) => d.message);
    expect(page1).toEqual(
      expect.arrayContaining(["unresolved token {n_prev} (rendered empty)", "unresolved token {n_next} (rendered empty)"]),
    );
  });
});

describe("D15: widget ids unique within a master", () => {
  it("reports a duplicate id with both paths", () => {
    const r = compileYaml(`
metadata: {name: Dup}
masters:
  - name: page
    widgets:
      - {id: t, type: text_block, position: {x: 0, y: 0, width: 10, height: 10}}
      - {id: t, type: box, position: {x: 0, y: 0, width: 10, height: 10}}
plan: {sections: [{kind: p, master: page, generate: count, count: 2}]}
`);
    expect(errorsOf(r)).toEqual([
      {
        severity: "error",
        code: "duplicate_id",
        path: 'masters["page"].widgets[1].id',
        message: 'duplicate id "t" (first used at masters["page"].widgets[0].id)',
      },
    ]);
  });
});

describe("variable-name rules (§5.2)", () => {
  it("rejects automatic names in date sections and redefinitions of an ancestor's names", () => {
    const r = compileYaml(
      probeProject(
        `  sections:
    - kind: p
      master: m
      generate: each_day
      start_date: "2026-01-01"
      end_date: "2026-01-02"
      context: {date: x, who: a}
      nested:
        - {kind: c, master: m, generate: count, count: 1, context: {who: b}}`,
        "x",
      ),
    );
    expect(errorsOf(r).map((d) => `${d.path}: ${d.message}`)).toEqual([
      'plan.sections[0].context.date: "date" is an automatic variable of this section and cannot be redefined',
      'plan.sections[0].nested[0].context.who: "who" is already defined by an enclosing section',
    ]);
  });
});
