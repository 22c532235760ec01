import { describe, expect, it } from "vitest";
import { countProjectPages } from "./compile";
import { compileYaml, errorsOf, probeProject, widgetsOf, yamlDoc } from "@/tests/helpers/project-compile";

const contents = (yaml: string) => widgetsOf(compileYaml(yaml)).map((w) => w.content);

describe("generate modes (§6.3, §6.4)", () => {
  it("once and count", () => {
    const y = probeProject(
      `  sections:
    - {kind: cover, master: m, generate: once, context: {title: Hello}}
    - {kind: notes, master: m, generate: count, count: 3, counters: {n: {start: 1, step: 1}}}`,
      "{kind_label}",
    );
    const r = compileYaml(y.replace("{kind_label}", "{title}{n}"));
    // "{title}" is undefined on notes pages and "{n}" on the cover → reported, rendered empty.
    expect(widgetsOf(r).map((w) => w.content)).toEqual(["Hello", "1", "2", "3"]);
    expect(r.diagnostics.filter((d) => d.code === "unresolved_token")).toHaveLength(4);
  });

  it("each_day, each_week (partial weeks count) and each_month", () => {
    const y = probeProject(
      `  sections:
    - {kind: d, master: m, generate: each_day, start_date: "2026-01-30", end_date: "2026-02-02"}
    - {kind: w, master: m, generate: each_week, start_date: "2026-01-01", end_date: "2026-01-12"}
    - {kind: mo, master: m, generate: each_month, start_date: "2026-11-15", end_date: "2027-01-02"}`,
      "{kind_label}",
    );
    expect(contents(y.replace("{kind_label}", "{date}"))).toEqual([
      "2026-01-30",
      "2026-01-31",
      "2026-02-01",
      "2026-02-02",
      "2025-12-29",
      "2026-01-05",
      "2026-01-12",
      "2026-11-01",
      "2026-12-01",
      "2027-01-01",
    ]);
  });

  it("pages_per_item repeats each item with subpage 1..N", () => {
    const y = probeProject(
      `  sections:
    - {kind: d, master: m, generate: each_day, start_date: "2026-03-01", end_date: "2026-03-02", pages_per_item: 3}`,
      "{date}/{subpage}",
    );
    const r = compileYaml(y);
    expect(r.pageCount).toBe(6);
    expect(widgetsOf(r).map((w) => `${w.page}:${w.content}`)).toEqual([
      "1:2026-03-01/1",
      "2:2026-03-01/2",
      "3:2026-03-01/3",
      "4:2026-03-02/1",
      "5:2026-03-02/2",
      "6:2026-03-02/3",
    ]);
  });

  it("counters with fractional and negative steps, _prev/_next absent at the ends", () => {
    const y = probeProject(
      `  sections:
    - {kind: c, master: m, generate: count, count: 3, counters: {x: {start: 0.5, step: -0.25}}}`,
      "{x}|{x_prev}|{x_next}",
    );
    const r = compileYaml(y);
    expect(widgetsOf(r).map((w) => w.content)).toEqual(["0.5||0.25", "0.25|0.5|0", "0|0.25|"]);
    expect(r.diagnostics.filter((d) => d.code === "unresolved_token").map((d) => d.page)).toEqual([1, 3]);
  });

  it("nested sections follow their parent item: P1, its children, P2 …", () => {
    const y = probeProject(
      `  sections:
    - kind: p
      master: m
      generate: count
      count: 2
      counters: {i: {start: 1, step: 1}}
      nested:
        - {kind: c, master: m, generate: count, count: 2, counters: {j: {start: 1, step: 1}}}`,
      "{i}.{j}",
    );
    expect(contents(y)).toEqual(["1.", "1.1", "1.2", "2.", "2.1", "2.2"]);
  });

  it("counts 5 parents × 10 nested = 55 pages exactly (D13)", () => {
    const y = probeProject(
      `  sections:
    - kind: p
      master: m
      generate: count
      count: 5
      nested:
        - {kind: c, master: m, generate: count, count: 10}`,
      "x",
    );
    expect(countProjectPages(yamlDoc(y))).toBe(55);
    const r = compileYaml(y);
    expect(r.pageCount).toBe(55);
    expect(widgetsOf(r)).toHaveLength(55);
    expect(r.stats?.pages_generated_per_section).toEqual({ p: 55, c: 50 });
  });

  it("nested date sections may take their range from the parent's tokens", () => {
    const y = probeProject(
      `  sections:
    - kind: weeks
      master: m
      generate: each_week
      start_date: "2026-01-05"
      end_date: "2026-01-12"
      nested:
        - {kind: days, master: m, generate: each_day, start_date: "{date}", end_date: "{date}"}`,
      "{date}",
    );
    expect(contents(y)).toEqual(["2026-01-05", "2026-01-05", "2026-01-12", "2026-01-12"]);
    expect(countProjectPages(yamlDoc(y))).toBe(4);
  });

  it("follows plan.order rather than the list order", () => {
    const y = probeProject(
      `  order: [b, a]
  sections:
    - {kind: a, master: m, generate: once, context: {k: A}}
    - {kind: b, master: m, generate: once, context: {k: B}}`,
      "{k}",
    );
    expect(contents(y)).toEqual(["B", "A"]);
  });

  it("fails fast above max_pages with the job API's message", () => {
    const y = probeProject(
      `  sections:
    - {kind: n, master: m, generate: count, count: 1500}`,
      "x",
    );
    const r = compileYaml(y, { maxPages: 1000 });
    expect(r.template).toBeUndefined();
    expect(r.pageCount).toBe(1500);
    expect(errorsOf(r)).toEqual([
      { severity: "error", code: "page_limit", path: "plan", message: "PDF has 1500 pages, exceeds limit of 1000" },
    ]);
    const own = compileYaml(`max_pages: 20\n${y.replace("1500", "30")}`, { maxPages: 1000 });
    expect(errorsOf(own)[0]?.message).toBe("PDF has 30 pages, exceeds limit of 20");
    const half = compileYaml(y.replace("1500", "600"), { maxPages: 1000 });
    expect(half.diagnostics.find((d) => d.code === "page_limit")?.severity).toBe("warning");
  });

  it("reports every structural problem together", () => {
    const r = compileYaml(`
metadata: {name: Broken}
masters:
  - {name: m, widgets: []}
  - {name: m, widgets: []}
plan:
  order: [a, zz]
  sections:
    - {kind: a, master: nope, generate: count}
    - {kind: a, master: m, generate: each_day}
    - {kind: b, master: m, generate: once, context: {"bad-name": 1}}
`);
    expect(errorsOf(r).map((d) => `${d.path}: ${d.message}`)).toEqual([
      'masters[1].name: duplicate master name "m"',
      'plan.sections[0].master: no master named "nope"',
      'plan.sections[0].count: is required when generate is "count"',
      'plan.sections[1].kind: duplicate kind "a" (first used at plan.sections[0].kind)',
      'plan.sections[1]: date section "a" needs start_date and end_date (its own or plan.calendar\'s)',
      'plan.sections[2].context["bad-name"]: invalid variable name "bad-name" (try "bad_name")',
      'plan.order[1]: "zz" is not the kind of a top-level section',
      'plan.order: must list the top-level section "b"',
    ]);
  });

  it("reports schema problems with YAML paths", () => {
    const r = compileYaml(`
metadata: {name: ""}
masters: []
plan: {sections: [{kind: a, master: m, generate: sometimes}]}
extra: 1
`);
    const lines = r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
    expect(lines).toContain("warning unknown_key extra");
    expect(lines).toContain("error schema metadata.name");
    expect(lines).toContain("error schema masters");
    expect(lines).toContain("error schema plan.sections[0].generate");
  });

  it("rejects a root that is not a mapping", () => {
    expect(compileYaml("- a").diagnostics).toEqual([{ severity: "error", code: "schema", path: "(root)", message: "must be a mapping" }]);
  });
});
