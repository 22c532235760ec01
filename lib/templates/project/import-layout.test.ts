import { describe, expect, it } from "vitest";
import { compileProject } from "./compile";
import { projectFromLayout } from "./import-layout";

const files = {
  "winter/project.json": JSON.stringify({
    id: "6f1c2a9e-3b7d-4c55-9a01-2d8e4b7f0c13",
    metadata: { name: "Layout", device_profile: "kindle-scribe" },
    masters: ["day"],
  }),
  "winter/masters/day.yaml":
    "widgets:\n  - {id: t, type: text_block, position: {x: 32, y: 32, width: 300, height: 30}, content: '{date_long}'}\n",
  "winter/masters/cover.yaml":
    "name: cover\nwidgets:\n  - {id: t, type: text_block, position: {x: 32, y: 32, width: 300, height: 30}, content: Winter}\n",
  "winter/plan.yaml":
    "plan:\n  sections:\n    - {kind: cover, master: cover, generate: once}\n    - {kind: days, master: day, generate: each_day, start_date: '2026-01-01', end_date: '2026-01-03'}\n",
};

describe("einkpdf project layout import (§6.1)", () => {
  it("assembles project.json, masters/*.yaml and plan.yaml into a compilable project", () => {
    const r = projectFromLayout(files);
    expect(r.diagnostics).toEqual([]);
    const c = compileProject(r.doc, { strict: true, maxPages: 1000 });
    expect(c.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(c.pageCount).toBe(4);
    expect((c.template?.widgets as { content: string }[]).map((w) => w.content)).toEqual([
      "Winter",
      "Thursday, January 1, 2026",
      "Friday, January 2, 2026",
      "Saturday, January 3, 2026",
    ]);
  });

  it("reports missing and unparsable files", () => {
    expect(projectFromLayout({ "plan.yaml": "plan: {}" }).diagnostics.map((d) => d.message)).toEqual(["project.json is missing"]);
    const bad = projectFromLayout({ ...files, "winter/project.json": "{oops" });
    expect(bad.doc).toBeUndefined();
    expect(bad.diagnostics[0]?.message).toMatch(/^winter\/project\.json: cannot be parsed/);
  });
});
