// Link diagnostics point at the property the target was written in (§2.9: `widgets[40].properties.to_dest`),
// not just at the widget, so the editor can underline the right line.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/render";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { renderYaml } from "./render-case";

const yaml = `schema_version: "1.0"
metadata: {name: links, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [0, 0, 0, 0]}}
widgets:
  - {id: a, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home:index"}}
  - {id: l, type: internal_link, content: Nowhere, position: {x: 20, y: 20, width: 120, height: 40}, properties: {to_dest: "nowhere:1"}}
  - {id: list, type: link_list, position: {x: 20, y: 80, width: 300, height: 40}, properties: {columns: 2, labels: [Home, Lost], destinations: ["home:index", "lost:2"]}}
  - {id: z, type: tap_zone, position: {x: 20, y: 140, width: 60, height: 60}, properties: {tap_action: page_link, target_page: 9}}
navigation:
  links:
    - {from_widget: a, to_dest: "gone:3"}
`;

describe("link diagnostic paths", () => {
  it("name the property holding each dangling target", async () => {
    const { result } = await renderYaml(yaml);
    const dangling = result.diagnostics.filter((d) => d.code === "dangling_link").map((d) => [d.path, d.widget_id]);
    expect(dangling).toEqual([
      ["widgets[1].properties.to_dest", "l"],
      ["widgets[2].properties.destinations[1]", "list_1"],
      ["widgets[3].properties.target_page", "z"],
      ["navigation.links[0].to_dest", "a"],
    ]);
  });

  it("point into a template-level master by its list index (§2.7, §2.9)", async () => {
    const withMaster = `schema_version: "1.0"
metadata: {name: masters, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [0, 0, 0, 0]}}
masters:
  - {id: plain, widgets: []}
  - id: frame
    widgets:
      - {id: t, type: text_block, content: "x", position: {x: 0, y: 0, width: 50, height: 20}}
      - {id: back, type: internal_link, content: Back, position: {x: 20, y: 20, width: 120, height: 40}, properties: {to_dest: "gone:1"}}
page_assignments:
  - {page: 1, master_id: frame}
widgets: []
`;
    const { result } = await renderYaml(withMaster);
    expect(result.diagnostics.filter((d) => d.code === "dangling_link").map((d) => d.path)).toEqual([
      "masters[1].widgets[1].properties.to_dest",
    ]);
  });
});

/** The editor's page view of `page` (one page drawn alone), as the preview child runs it. */
async function pageView(source: string, page: number, touchTargets?: "report") {
  const dir = mkdtempSync(path.join(tmpdir(), "inkset-page-view-"));
  try {
    const outputPath = path.join(dir, "page.pdf");
    return await renderDocument({
      yaml: source,
      outputPath,
      strict: false,
      deterministic: true,
      maxPages: 1000,
      previewPage: page,
      touchTargets,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const linkCheck = (list: Diagnostic[]) =>
  list
    .filter((d) => d.code === "dangling_link" || d.code === "constraint_touch")
    .map((d) => `${d.severity} ${d.code} ${d.path} ${d.widget_id} p${d.page}: ${d.message}`)
    .sort();

describe("the editor's page view reports its page's link check", () => {
  it("as the full render does: dangling targets and short hit areas, each with its page and widget", async () => {
    // A 10 pt link stays short when reported, not enlarged (§4.4).
    const source = yaml.replace(
      "navigation:",
      `  - {id: tiny, type: internal_link, content: x, position: {x: 300, y: 300, width: 10, height: 10}, properties: {to_dest: "home:index"}}\nnavigation:`,
    );
    const full = await renderYaml(source, { touchTargets: "report" });
    const view = await pageView(source, 1, "report");
    expect(linkCheck(view.diagnostics)).toEqual(linkCheck(full.result.diagnostics));
    expect(linkCheck(view.diagnostics)).toHaveLength(5);
    expect(view.diagnostics.find((d) => d.widget_id === "tiny" && d.code === "constraint_touch")).toMatchObject({
      code: "constraint_touch",
      page: 1,
      severity: "warning",
    });
  });

  it("only for the page on screen", async () => {
    const twoPages = yaml.replace(
      "widgets:",
      `widgets:
  - {id: p2, type: internal_link, page: 2, content: Later, position: {x: 20, y: 300, width: 120, height: 40}, properties: {to_dest: "later:2"}}`,
    );
    const second = await pageView(twoPages, 2);
    expect(linkCheck(second.diagnostics)).toEqual([
      expect.stringContaining(
        'warning dangling_link widgets[0].properties.to_dest p2 p2: page 2: internal_link "p2" labelled "Later" links to "later:2"',
      ),
    ]);
    expect(linkCheck((await pageView(twoPages, 1)).diagnostics).some((d) => d.includes('"p2"'))).toBe(false);
  });
});
