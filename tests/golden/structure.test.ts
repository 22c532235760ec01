// Structure tests: page count and size, link rectangles and targets, named destinations (fit /FitH for
// anchors, /Fit for page names) and the nested outline, read back from the produced PDF.
import { describe, expect, it } from "vitest";
import { readOutlineState, readStructure } from "./pdf-structure";
import { renderYaml } from "./render-case";
import { TemplateRenderError } from "@/lib/render-contract/types";

const daily = `schema_version: "1.0"
metadata: {name: Daily sheet, category: planner, created: "2026-03-01T09:00:00Z", profile: remarkable-2, locale: en}
canvas:
  dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}
widgets:
  - {id: here, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "day:2026-03-02"}}
  - {id: top, type: internal_link, position: {x: 341, y: 36, width: 70, height: 32}, content: "Top", properties: {to_dest: "Day:2026-03-02"}}
  - {id: small, type: internal_link, position: {x: 100, y: 200, width: 20, height: 10}, content: "s", properties: {to_dest: "page_2"}}
  - {id: gone, type: internal_link, position: {x: 100, y: 300, width: 50, height: 40}, content: "x", properties: {to_dest: "nowhere:1"}}
  - {id: empty, type: internal_link, position: {x: 100, y: 400, width: 50, height: 40}, content: "x", properties: {to_dest: "day:"}}
  - {id: two, type: text_block, page: 2, position: {x: 36, y: 36, width: 300, height: 40}, content: "{page} / {total_pages}"}
  - {id: a2, type: anchor, page: 2, position: {x: 36, y: 100, width: 10, height: 10}, properties: {dest_id: "notes"}}
  - {id: tz, type: tap_zone, page: 2, position: {x: 0, y: 500, width: 60, height: 60}, properties: {tap_action: prev_page}}
navigation:
  named_destinations:
    - {id: "Extra:One", page: 2, x: 0, y: 50}
    - {id: "notes", page: 1, x: 0, y: 0}
  outlines:
    - {title: "Day", dest: "day:2026-03-02", level: 1}
    - {title: "Notes", dest: "notes", level: 2}
    - {title: "Deep", dest: "page2", level: 3}
    - {title: "Broken", dest: "missing", level: 1}
    - {title: "Page one", dest: "Page_1", level: 1}
  links:
    - {from_widget: two, to_dest: "day:2026-03-02"}
`;

describe("PDF structure", () => {
  it("writes pages, FitH anchors, page names, resolved links and a nested outline", async () => {
    const { bytes, result } = await renderYaml(daily);
    const s = await readStructure(bytes);
    expect(s.pages).toEqual([
      { width: 447.3, height: 596.4 },
      { width: 447.3, height: 596.4 },
    ]);
    expect(s.dests["day:2026-03-02"]).toEqual({ page: 1, fit: "FitH", args: [560.4] });
    expect(s.dests["notes"]).toEqual({ page: 2, fit: "FitH", args: [496.4] });
    expect(s.dests["extra:one"]).toEqual({ page: 2, fit: "FitH", args: [546.4] });
    expect(s.dests["Page_2"]?.fit).toBe("Fit");
    expect(s.dests["Page1"]?.page).toBe(1);
    const p1 = s.links.filter((l) => l.page === 1);
    // top: nominal 341,36 70×32 → PDF [341, 528.4, 411, 560.4]; already above the 30-pt minimum.
    expect(p1).toContainEqual({ page: 1, rect: [341, 528.4, 411, 560.4], dest: "day:2026-03-02" });
    // small: 20×10 grown, centred, to 30×30.
    expect(p1).toContainEqual({ page: 1, rect: [95, 376.4, 125, 406.4], dest: "Page_2" });
    expect(p1).toHaveLength(2);
    const p2 = s.links
      .filter((l) => l.page === 2)
      .map((l) => l.dest)
      .sort();
    expect(p2).toEqual(["Page_1", "day:2026-03-02"]);
    expect(s.outline).toEqual([
      {
        title: "Day",
        dest: "day:2026-03-02",
        items: [{ title: "Notes", dest: "notes", items: [{ title: "Deep", dest: "Page_2", items: [] }] }],
      },
      { title: "Page one", dest: "Page_1", items: [] },
    ]);
    // Open state (§4.5): level-1 items shown, deeper levels collapsed (negative /Count), leaves without one.
    expect(await readOutlineState(bytes)).toEqual({
      count: 2,
      items: [
        { title: "Day", count: -1, items: [{ title: "Notes", count: -1, items: [{ title: "Deep", count: null, items: [] }] }] },
        { title: "Page one", count: null, items: [] },
      ],
    });
    const codes = result.diagnostics.map((d) => `${d.code}:${d.widget_id ?? d.path}`);
    expect(codes).toContain("dangling_link:gone");
    expect(codes).toContain("link_suppressed:empty");
    expect(codes).toContain("outline_invalid:navigation.outlines[3].dest");
  });

  it("writes outline titles and destination names with parentheses and backslashes intact (§4.7)", async () => {
    const yaml = `schema_version: "1.0"
metadata: {name: Escapes, category: planner, created: "2026-03-01", profile: remarkable-2}
canvas:
  dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}
widgets:
  - {id: a, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "q1)notes"}}
  - {id: l, type: internal_link, position: {x: 36, y: 100, width: 100, height: 50}, content: "Go", properties: {to_dest: "q1)notes"}}
navigation:
  outlines:
    - {title: "Q1) goals \\\\ (draft", dest: "q1)notes"}
    - {title: "a\\\\nb", dest: "Page_1"}
`;
    const { bytes } = await renderYaml(yaml);
    const s = await readStructure(bytes);
    expect(s.outline.map((o) => o.title)).toEqual(["Q1) goals \\ (draft", "a\\nb"]);
    expect(s.dests["q1)notes"]).toEqual({ page: 1, fit: "FitH", args: [560.4] });
    expect(s.links).toEqual([{ page: 1, rect: [36, 446.4, 136, 496.4], dest: "q1)notes" }]);
  });

  it("fails strict mode on a dangling explicit link", async () => {
    await expect(renderYaml(daily, { strict: true })).rejects.toBeInstanceOf(TemplateRenderError);
  });

  it("rejects documents above the page limit with the exact message", async () => {
    const yaml = daily.replace("page: 2, position: {x: 36, y: 36", "page: 1500, position: {x: 36, y: 36");
    await expect(renderYaml(yaml)).rejects.toThrow("PDF has 1500 pages, exceeds limit of 1000");
  });

  it("renders the two-month project of §11.2 with calendar links and outline", async () => {
    const { readFileSync } = await import("node:fs");
    const yaml = readFileSync("tests/golden/templates/winter-2026.yaml", "utf8");
    const { bytes, result } = await renderYaml(yaml);
    const s = await readStructure(bytes);
    expect(result.pageCount).toBe(62);
    expect(s.pages).toHaveLength(62);
    expect(s.dests["year:2026"]?.page).toBe(1);
    expect(s.dests["month:2026-02"]).toEqual({ page: 3, fit: "FitH", args: [563.2] });
    expect(s.dests["day:2026-02-28"]?.page).toBe(62);
    const dayLinks = (page: number) => s.links.filter((l) => l.page === page && l.dest.startsWith("day:")).length;
    expect(dayLinks(2)).toBe(31);
    expect(dayLinks(3)).toBe(28);
    expect(s.outline).toEqual([
      {
        title: "2026",
        dest: "year:2026",
        items: [
          { title: "January", dest: "month:2026-01", items: [] },
          { title: "February", dest: "month:2026-02", items: [] },
        ],
      },
    ]);
  });
});
