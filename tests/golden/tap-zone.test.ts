// §10.3 for tap_zone (§3.14): its page actions and to_dest, read back from the PDF's link annotations,
// with the boundary (link_suppressed) and out-of-range (dangling_link) cases in both modes.
import { describe, expect, it } from "vitest";
import { readStructure } from "./pdf-structure";
import { renderYaml } from "./render-case";

const zone = (id: string, page: number, x: number, props: string) =>
  `  - {id: ${id}, type: tap_zone, page: ${page}, position: {x: ${x}, y: 100, width: 40, height: 40}, properties: {${props}}}`;

const doc = (widgets: string[]) => `schema_version: "1.0"
metadata: {name: taps, category: test, created: "2026-01-01", profile: remarkable-2, locale: en}
canvas: {dimensions: {width: 400, height: 300, margins: [0, 0, 0, 0]}}
widgets:
  - {id: home, type: anchor, page: 2, position: {x: 0, y: 50, width: 1, height: 1}, properties: {dest_id: "home"}}
  - {id: last, type: text_block, page: 3, position: {x: 0, y: 0, width: 100, height: 20}, content: "3"}
${widgets.join("\n")}
`;

const VALID = [
  zone("next", 1, 10, "tap_action: next_page"),
  zone("prev", 1, 60, "tap_action: prev_page"),
  zone("jump", 1, 110, "tap_action: page_link, target_page: 3"),
  zone("dest", 1, 160, "to_dest: home, tap_action: next_page"),
  zone("here", 2, 10, ""),
  zone("back", 3, 10, "tap_action: prev_page"),
  zone("end", 3, 60, "tap_action: next_page"),
];

describe("tap_zone links (§3.14)", () => {
  it("links next/previous/numbered pages and to_dest; boundaries are suppressed", async () => {
    const { bytes, result } = await renderYaml(doc(VALID));
    const links = (await readStructure(bytes)).links.map((l) => [l.page, Math.round(l.rect[0] ?? -1), l.dest]);
    expect(links).toEqual([
      [1, 10, "Page_2"],
      [1, 110, "Page_3"],
      [1, 160, "home"],
      [2, 10, "Page_2"],
      [3, 10, "Page_2"],
    ]);
    const suppressed = result.diagnostics
      .filter((d) => d.code === "link_suppressed")
      .map((d) => [d.severity, d.widget_id, d.path.replace(/^widgets\[\d+\]/, "")]);
    expect(suppressed).toEqual([
      ["info", "prev", ".properties.tap_action"],
      ["info", "end", ".properties.tap_action"],
    ]);
  });

  it("a target_page outside the document is a dangling_link: dropped with a warning, an error in strict mode", async () => {
    // §2.9's example names the property (`….properties.to_dest`); render-time link paths name the
    // widget today (lib/render/widget-context.ts), so only the widget part is pinned here.
    const yaml = doc([...VALID, zone("far", 1, 210, "tap_action: page_link, target_page: 9")]);
    const { bytes, result } = await renderYaml(yaml);
    expect(result.diagnostics.filter((d) => d.code === "dangling_link")).toEqual([
      expect.objectContaining({ severity: "warning", widget_id: "far", page: 1, path: expect.stringMatching(/^widgets\[9\]/) }),
    ]);
    expect((await readStructure(bytes)).links).toHaveLength(5);
    const err: unknown = await renderYaml(yaml, { strict: true }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "TemplateRenderError" });
    const diags = (err as { diagnostics: { code: string; severity: string; widget_id?: string }[] }).diagnostics;
    expect(diags.filter((d) => d.code === "dangling_link").map((d) => [d.severity, d.widget_id])).toEqual([["error", "far"]]);
  });
});
