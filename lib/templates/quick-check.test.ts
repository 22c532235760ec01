import { describe, expect, it } from "vitest";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { parsePath } from "./paths";
import { FULL_CHECK_MAX_PAGES, fullProjectCheck, locateDiagnostics, validateDocument } from "./quick-check";

const yamlOf = (id: string) => {
  const yaml = getExample(id, REFERENCE_DATE)?.yaml; // the year the expected messages name
  if (!yaml) throw new Error(`no example ${id}`);
  return yaml;
};

describe("parsePath", () => {
  it.each([
    ["(root)", []],
    ["widgets[3].position.width", ["widgets", 3, "position", "width"]],
    ['masters["daily page"].widgets[0]', ["masters", "daily page", "widgets", 0]],
    [
      'masters["day"].widgets[2].properties.to_dest [page 67, section days, date 2026-01-01]',
      ["masters", "day", "widgets", 2, "properties", "to_dest"],
    ],
  ])("%s", (path, segments) => expect(parsePath(path)).toEqual(segments));
});

describe("validateDocument (the editor's check as you type)", () => {
  it("accepts every gallery example without errors and summarises it", () => {
    for (const id of ["daily-page", "dot-grid-notebook", "year-planner"]) {
      const v = validateDocument(yamlOf(id));
      expect(
        v.diagnostics.filter((d) => d.severity === "error"),
        id,
      ).toEqual([]);
    }
    expect(validateDocument(yamlOf("daily-page")).summary).toMatchObject({ kind: "template", pageCount: 1 });
    const year = validateDocument(yamlOf("year-planner")).summary;
    expect(year).toMatchObject({ kind: "project", pageCount: 431 });
    expect(year?.kind === "project" && year.masters.map((m) => m.name)).toContain("day");
  });

  it("names the path, line and column of a template error", () => {
    const v = validateDocument(yamlOf("daily-page").replace("width: 180, height: 30", "width: -5, height: 30"));
    expect(v.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", path: "widgets[0].position.width", message: "must be > 0 (got -5)", line: 12 }),
    ]);
  });

  it("locates project structure errors and YAML syntax errors", () => {
    const project = validateDocument(yamlOf("year-planner").replace("master: month", "master: nope"));
    expect(project.diagnostics).toEqual([expect.objectContaining({ path: "plan.sections[1].master", line: expect.any(Number) })]);
    const syntax = validateDocument("a: [1,\nb: 2");
    expect(syntax.diagnostics[0]).toMatchObject({ severity: "error", line: 2 });
    expect(validateDocument("   ").diagnostics[0]).toMatchObject({ message: "the document is empty", line: 1 });
  });

  it("compiles small projects fully, so compile-time problems show while typing", () => {
    const v = validateDocument(yamlOf("dot-grid-notebook").replace('dest_id: "home:index"', 'dest_id: "home:elsewhere"'));
    const dangling = v.diagnostics.filter((d) => d.code === "dangling_link");
    expect(dangling.length).toBeGreaterThan(0);
    // At the link's line inside the "page" master, not at the top of the masters list.
    const source = yamlOf("dot-grid-notebook").split("\n");
    expect(source[(dangling[0]?.line ?? 0) - 1]).toContain("to_dest");
  });
});

describe("fullProjectCheck (a large project's compile, run in the editor's worker)", () => {
  const year = yamlOf("year-planner");
  // An anchor id that is only invalid once its token expands: the quick check cannot see it.
  const badAnchor = year.replace('dest_id: "day:{date}"', 'dest_id: "day {date}"');

  it("leaves a large project's compile to it, and asks for it only once the quick check passes", () => {
    const quick = validateDocument(badAnchor);
    expect(quick.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(quick.fullCheck).toEqual({ pages: 431 });
    expect(quick.fullCheck?.pages).toBeGreaterThan(FULL_CHECK_MAX_PAGES);
    expect(validateDocument(year.replace("master: month", "master: nope")).fullCheck).toBeUndefined();
    expect(validateDocument(yamlOf("dot-grid-notebook")).fullCheck).toBeUndefined();
  });

  it("reports an error only the compile finds, at its line in the master", () => {
    const errors = fullProjectCheck(badAnchor, "remarkable-2").filter((d) => d.severity === "error");
    expect(errors[0]).toMatchObject({
      code: "schema",
      message: 'destination id "day 2026-01-01" must match ^[a-z0-9][a-z0-9:_-]{1,127}$',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    const source = badAnchor.split("\n");
    expect(source[(errors[0]?.line ?? 0) - 1]).toContain('dest_id: "day {date}"');
    expect(fullProjectCheck(year).filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("reports a to_dest naming a destination that does not exist, at the link's line", () => {
    const dangling = fullProjectCheck(year.replace('to_dest: "month:{month_prev_ym}"', 'to_dest: "nowhere:{month_prev_ym}"')).filter(
      (d) => d.code === "dangling_link",
    );
    expect(dangling[0]).toMatchObject({
      message: expect.stringMatching(/links to "nowhere:2026-01", which is not defined on any page \(link dropped\)$/),
      line: expect.any(Number),
    });
    expect(year.split("\n")[(dangling[0]?.line ?? 0) - 1]).toContain('to_dest: "month:{month_prev_ym}"');
  });
});

describe("locateDiagnostics (server diagnostics shown in the editor)", () => {
  it("maps compiled-project paths to the master's lines in the YAML", () => {
    const yaml = yamlOf("year-planner");
    const [d] = locateDiagnostics(yaml, [
      { severity: "error", code: "schema", path: 'masters["day"].widgets[1] [page 67, section days, date 2026-01-01]', message: "x" },
    ]);
    expect(d?.line).toBeDefined();
    const lines = yaml.split("\n");
    const dayMaster = lines.findIndex((l) => l.includes("- name: day")) + 1;
    expect(d?.line).toBeGreaterThan(dayMaster);
  });
});
