// Link diagnostics point at the property the target was written in (§2.9: `widgets[40].properties.to_dest`),
// not just at the widget, so the editor can underline the right line.
import { describe, expect, it } from "vitest";
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
