// The editor's check as you type reports the dangling links of a plain template as the full render does
// (§4.6): same diagnostics, words and paths, now located at the YAML line of the target; a template whose
// links all lead somewhere still has no problems.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/render";
import { validateDocument } from "@/lib/templates/quick-check";

const dir = mkdtempSync(path.join(tmpdir(), "inkset-link-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const head = `schema_version: "1.0"
metadata: {name: Links, category: planner, created: "2026-01-01", profile: boox-note-air-4c}
canvas: {dimensions: {width: 445.3, height: 593.8, margins: [36, 36, 36, 36]}}
`;

// Three pages: an anchor on page 3, links to it (and to page 2) from a link, a list, a tap zone and a
// template master shown on two pages. `broken` adds a link to a destination no page defines.
const template = (broken: boolean) => `${head}masters:
  - id: m
    widgets:
      - {id: home, type: internal_link, position: {x: 36, y: 540, width: 120, height: 30}, content: "Notes", properties: {to_dest: "notes"}}
page_assignments:
  - {page: 2, master_id: m}
  - {page: 3, master_id: m}
widgets:
  - {id: list, type: link_list, page: 1, position: {x: 36, y: 36, width: 300, height: 60}, properties: {labels: ["Notes", "Two"], destinations: ["notes", "page_2"], columns: 2}}
  - {id: tap, type: tap_zone, page: 1, position: {x: 36, y: 120, width: 60, height: 60}, properties: {tap_action: next_page}}
  - {id: here, type: anchor, page: 3, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "Notes"}}
${broken ? `  - {id: todo, type: internal_link, page: 2, position: {x: 36, y: 100, width: 120, height: 30}, content: "To do", properties: {to_dest: "todo:list"}}\n` : ""}`;

const dangling = <T extends { code: string }>(ds: readonly T[]) => ds.filter((d) => d.code === "dangling_link");

describe("the quick check's link check (plain templates)", () => {
  it("says nothing about a template whose every link leads to a page", () => {
    expect(validateDocument(template(false)).diagnostics).toEqual([]);
  });

  it("reports a link to a destination no page defines as the render does, at the target's line", async () => {
    const yaml = template(true);
    const quick = dangling(validateDocument(yaml).diagnostics);
    expect(quick).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "widgets[3].properties.to_dest",
        page: 2,
        widget_id: "todo",
        message: 'page 2: internal_link "todo" labelled "To do" links to "todo:list", which is not defined on any page',
      }),
    ]);
    expect(yaml.split("\n")[(quick[0]?.line ?? 0) - 1]).toContain('to_dest: "todo:list"');
    const rendered = await renderDocument({
      yaml,
      outputPath: path.join(dir, "broken.pdf"),
      strict: false,
      deterministic: true,
      maxPages: 10,
    });
    expect(quick.map(({ line: _l, column: _c, ...d }) => d)).toEqual(dangling(rendered.diagnostics));
  });

  it("reports a master's dangling link on each page that shows it, and navigation.links targets", () => {
    const yaml =
      template(false).replace('to_dest: "notes"}}', 'to_dest: "nowhere"}}') +
      `navigation:\n  links:\n    - {from_widget: here, to_dest: "elsewhere"}\n`;
    const found = dangling(validateDocument(yaml).diagnostics).map((d) => [d.path, d.page, d.message.split(":")[0]]);
    expect(found).toEqual([
      ["masters[0].widgets[0].properties.to_dest", 2, "page 2"],
      ["masters[0].widgets[0].properties.to_dest", 3, "page 3"],
      ["navigation.links[0].to_dest", 3, "page 3"],
    ]);
  });
});
