// Render options of §7.8 that change navigation: touch_targets (§4.4) and link_targets (§4.3, §4.5),
// read back from the produced PDF, plus constraint_scope (§7.5) through the renderer's entry point.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { CHUNK_PAGES } from "@/lib/render/render";
import { TemplateRenderError } from "@/lib/render-contract/types";
import { readStructure } from "./pdf-structure";
import { renderYaml } from "./render-case";

// remarkable-2: min_touch_target_pt 30. Page 300 × 400.
const touchDoc = `schema_version: "1.0"
metadata: {name: Touch, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 400, margins: [0, 0, 0, 0]}}
widgets:
  - {id: top, type: anchor, position: {x: 0, y: 0, width: 5, height: 5}, properties: {dest_id: top}}
  - {id: small, type: internal_link, position: {x: 100, y: 200, width: 20, height: 10}, content: "s", properties: {to_dest: top}}
  - {id: tz, type: tap_zone, position: {x: 200, y: 300, width: 12, height: 12}, properties: {to_dest: top}}
  - {id: big, type: internal_link, position: {x: 20, y: 300, width: 60, height: 40}, content: "big", properties: {to_dest: top}}
  - {id: cal, type: calendar, position: {x: 150, y: 20, width: 140, height: 100}, properties: {start_date: "2026-03-01", link_strategy: simple, show_month_name: false, show_year: false}}
  - {id: p3, type: text_block, page: 3, position: {x: 20, y: 20, width: 100, height: 20}, content: "three"}
`;

/** PDF rectangle [x0, y0, x1, y1] of a nominal top-left rectangle on a 400-pt-high page. */
const pdfRect = (x: number, y: number, w: number, h: number) => [x, 400 - y - h, x + w, 400 - y];

const touchCodes = (diagnostics: { code: string; widget_id?: string; severity: string }[]) =>
  diagnostics
    .filter((d) => d.code === "constraint_touch")
    .map((d) => `${d.widget_id}:${d.severity}`)
    .sort();

describe("touch_targets", () => {
  it("report: no rectangle is enlarged and every short link is reported once per widget", async () => {
    const { bytes, result } = await renderYaml(touchDoc, { touchTargets: "report" });
    const p1 = (await readStructure(bytes)).links.filter((l) => l.page === 1);
    expect(p1).toContainEqual({ page: 1, rect: pdfRect(100, 200, 20, 10), dest: "top" });
    expect(p1).toContainEqual({ page: 1, rect: pdfRect(200, 300, 12, 12), dest: "top" });
    expect(p1).toContainEqual({ page: 1, rect: pdfRect(20, 300, 60, 40), dest: "top" });
    const cells = p1.filter((l) => l.dest.startsWith("Page_"));
    expect(cells.map((l) => l.dest).sort()).toEqual(["Page_1", "Page_2", "Page_3"]);
    // Calendar cells are 20 pt wide; none may be wider than the nominal cell.
    for (const c of cells) expect((c.rect[2] ?? 0) - (c.rect[0] ?? 0)).toBeCloseTo(20, 1);
    expect(touchCodes(result.diagnostics)).toEqual(["cal:warning", "small:warning", "tz:warning"]);
  });

  it("enlarge (default): short rectangles grow to the minimum, only what stays short is reported", async () => {
    const { bytes, result } = await renderYaml(touchDoc);
    const p1 = (await readStructure(bytes)).links.filter((l) => l.page === 1);
    expect(p1).toContainEqual({ page: 1, rect: pdfRect(95, 190, 30, 30), dest: "top" });
    expect(p1).toContainEqual({ page: 1, rect: pdfRect(191, 291, 30, 30), dest: "top" });
    expect(p1).toContainEqual({ page: 1, rect: pdfRect(20, 300, 60, 40), dest: "top" });
    // Calendar neighbours split the gaps at the midpoint and stay short.
    expect(touchCodes(result.diagnostics)).toEqual(["cal:warning"]);
  });

  it("report in strict mode: short links are errors and no PDF is produced", async () => {
    const err = await renderYaml(touchDoc, { touchTargets: "report", strict: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplateRenderError);
    expect(touchCodes((err as TemplateRenderError).diagnostics)).toEqual(["cal:error", "small:error", "tz:error"]);
  });
});

type ExplicitTarget = { page: number; fit: string; top: number | null };

/** An explicit destination array `[pageRef /Fit… args]` resolved to a 1-based page; null for anything else. */
function explicitTarget(obj: PDFObject | undefined, doc: PDFDocument, pageOf: Map<string, number>): ExplicitTarget | null {
  const arr = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(arr instanceof PDFArray)) return null;
  const [ref, fit, top] = arr.asArray();
  if (!(ref instanceof PDFRef) || !(fit instanceof PDFName)) return null;
  return { page: pageOf.get(ref.toString()) ?? -1, fit: fit.decodeText(), top: top instanceof PDFNumber ? top.asNumber() : null };
}

/** Every link annotation's GoTo target and every outline item's /Dest, read with pdf-lib. */
async function readTargets(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const links: { page: number; target: ExplicitTarget | null }[] = [];
  doc.getPages().forEach((p, i) => {
    const annots = p.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref, PDFDict);
      const action = annot.lookupMaybe(PDFName.of("A"), PDFDict);
      links.push({ page: i + 1, target: explicitTarget(action?.get(PDFName.of("D")), doc, pageOf) });
    }
  });
  const outline: { title: string; target: ExplicitTarget | null }[] = [];
  const walk = (first: PDFObject | undefined) => {
    let ref = first;
    while (ref instanceof PDFRef) {
      const item = doc.context.lookup(ref, PDFDict);
      outline.push({
        title: item.lookup(PDFName.of("Title"))?.toString() ?? "",
        target: explicitTarget(item.get(PDFName.of("Dest")), doc, pageOf),
      });
      walk(item.get(PDFName.of("First")));
      ref = item.get(PDFName.of("Next"));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.get(PDFName.of("First")));
  return { links, outline };
}

describe("link_targets: explicit", () => {
  const pages = CHUNK_PAGES + 23; // links and outline items cross the chunk boundary
  const anchorY = (p: number) => (p * 7) % 50;
  const widgets: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const back = pages + 1 - p; // page 1 → last page, last → page 1: every link of chunk 1 lands in chunk 2
    widgets.push(
      `  - {id: a${p}, type: anchor, page: ${p}, position: {x: 20, y: ${anchorY(p)}, width: 5, height: 5}, properties: {dest_id: "p:${p}"}}`,
    );
    widgets.push(
      `  - {id: l${p}, type: internal_link, page: ${p}, position: {x: 20, y: 100, width: 60, height: 40}, content: "back", properties: {to_dest: "p:${back}"}}`,
    );
    widgets.push(
      `  - {id: g${p}, type: tap_zone, page: ${p}, position: {x: 100, y: 100, width: 60, height: 40}, properties: {tap_action: page_link, target_page: ${back}}}`,
    );
  }
  const yaml = `schema_version: "1.0"
metadata: {name: Explicit, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 400, margins: [0, 0, 0, 0]}}
widgets:
${widgets.join("\n")}
navigation:
  named_destinations:
    - {id: "fit-dest", page: ${CHUNK_PAGES + 2}, x: 0, y: 120, fit: Fit}
  outlines:
    - {title: "First", dest: "p:1"}
    - {title: "Second chunk", dest: "p:${CHUNK_PAGES + 1}", level: 2}
    - {title: "Named", dest: "fit-dest", level: 2}
    - {title: "Last page", dest: "Page_${pages}"}
`;

  it("links and outline items use the named destination's own explicit array across chunks; named destinations stay", async () => {
    const { bytes } = await renderYaml(yaml, { linkTargets: "explicit" });
    const { links, outline } = await readTargets(bytes);
    expect(links).toHaveLength(pages * 2);
    for (let p = 1; p <= pages; p++) {
      const back = pages + 1 - p;
      const [anchorLink, pageLink] = links.filter((l) => l.page === p);
      expect(anchorLink?.target).toEqual({ page: back, fit: "FitH", top: 400 - anchorY(back) });
      // A page link shows the whole page, as its named destination Page_N does.
      expect(pageLink?.target).toEqual({ page: back, fit: "Fit", top: null });
    }
    expect(outline).toEqual([
      { title: "(First)", target: { page: 1, fit: "FitH", top: 400 - anchorY(1) } },
      { title: "(Second chunk)", target: { page: CHUNK_PAGES + 1, fit: "FitH", top: 400 - anchorY(CHUNK_PAGES + 1) } },
      { title: "(Named)", target: { page: CHUNK_PAGES + 2, fit: "Fit", top: null } },
      { title: "(Last page)", target: { page: pages, fit: "Fit", top: null } },
    ]);
    // The named destinations are still written, with their own fit.
    const s = await readStructure(bytes);
    expect(s.dests[`p:${CHUNK_PAGES + 1}`]).toEqual({ page: CHUNK_PAGES + 1, fit: "FitH", args: [400 - anchorY(CHUNK_PAGES + 1)] });
    expect(s.dests["fit-dest"]).toEqual({ page: CHUNK_PAGES + 2, fit: "Fit", args: [] });
    expect(s.dests[`Page_${pages}`]).toEqual({ page: pages, fit: "Fit", args: [] });
    expect(Object.keys(s.dests)).toHaveLength(pages * 3 + 1);
  }, 120_000);

  it("named (default): the same document links by name", async () => {
    const { bytes } = await renderYaml(yaml);
    const { links, outline } = await readTargets(bytes);
    expect(links).toHaveLength(pages * 2);
    expect(links.every((l) => l.target === null)).toBe(true);
    expect(outline.every((o) => o.target === null)).toBe(true);
    const s = await readStructure(bytes);
    expect(s.links.filter((l) => l.page === 1).map((l) => l.dest)).toEqual([`p:${pages}`, `Page_${pages}`]);
  }, 120_000);
});

describe("constraint_scope", () => {
  const checkbox = `schema_version: "1.0"
metadata: {name: Scope, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 400, margins: [0, 0, 0, 0]}}
widgets:
  - {id: cb, type: checkbox, position: {x: 20, y: 20, width: 200, height: 20}, content: "Task", styling: {size: 4}}
`;

  it("einkpdf exempts checkbox labels from the font minimum; full (default) does not", async () => {
    const full = await renderYaml(checkbox, { strict: true }).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(TemplateRenderError);
    expect((full as TemplateRenderError).diagnostics.some((d) => d.code === "constraint_font" && d.widget_id === "cb")).toBe(true);
    const { result } = await renderYaml(checkbox, { strict: true, constraintScope: "einkpdf" });
    expect(result.pageCount).toBe(1);
    expect(result.diagnostics.filter((d) => d.code === "constraint_font")).toEqual([]);
  });
});
