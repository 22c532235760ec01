// Chunked rendering (CHUNK_PAGES pages per react-pdf document, joined with pdf-lib) keeps destinations,
// links and the outline pointing at the right pages across chunk boundaries.
import { describe, expect, it } from "vitest";
import { CHUNK_PAGES } from "@/lib/render/render";
import { readStructure } from "./pdf-structure";
import { renderYaml } from "./render-case";

describe("chunk joining", () => {
  it("resolves links, anchors and outline entries across chunks", async () => {
    const pages = CHUNK_PAGES * 2 + 17;
    const widgets: string[] = [];
    for (let p = 1; p <= pages; p++) {
      widgets.push(
        `  - {id: a${p}, type: anchor, page: ${p}, position: {x: 20, y: ${p % 50}, width: 5, height: 5}, properties: {dest_id: "p:${p}"}}`,
      );
      widgets.push(
        `  - {id: t${p}, type: text_block, page: ${p}, position: {x: 20, y: 60, width: 200, height: 20}, content: "Page {page} of {total_pages}"}`,
      );
      widgets.push(
        `  - {id: l${p}, type: internal_link, page: ${p}, position: {x: 20, y: 100, width: 60, height: 40}, content: "next", properties: {to_dest: "p:${(p % pages) + 1}"}}`,
      );
    }
    const yaml = `schema_version: "1.0"
metadata: {name: Chunks, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 400, margins: [0, 0, 0, 0]}}
widgets:
${widgets.join("\n")}
navigation:
  outlines:
    - {title: "First", dest: "p:1"}
    - {title: "Second chunk", dest: "p:${CHUNK_PAGES + 1}", level: 2}
    - {title: "Last", dest: "p:${pages}"}
`;
    const { bytes } = await renderYaml(yaml);
    const s = await readStructure(bytes);
    expect(s.pages).toHaveLength(pages);
    for (const p of [1, CHUNK_PAGES, CHUNK_PAGES + 1, 2 * CHUNK_PAGES + 1, pages]) {
      expect(s.dests[`p:${p}`]).toEqual({ page: p, fit: "FitH", args: [400 - (p % 50)] });
      expect(s.dests[`Page_${p}`]?.page).toBe(p);
    }
    expect(s.links).toHaveLength(pages);
    for (const l of s.links) expect(l.dest).toBe(`p:${(l.page % pages) + 1}`);
    expect(s.outline.map((o) => [o.title, o.dest, o.items.map((i) => i.dest)])).toEqual([
      ["First", "p:1", [`p:${CHUNK_PAGES + 1}`]],
      ["Last", `p:${pages}`, []],
    ]);
  }, 120_000);
});
