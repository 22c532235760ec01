// Drawing repeated from page to page is written once as a form XObject and placed on later pages
// (lib/render/shared-paint.ts), and a master's link list can stay one widget (`expand: false`). Both
// must leave the document as it was: the same pixels, links and text on every page.
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfPagesText } from "@/tests/helpers/pdf-text";
import { readStructure } from "./pdf-structure";
import { decodeGreyPng, diffFraction, rasterise } from "./raster";
import { renderYaml } from "./render-case";

const PAGES = 5;
const PAGE_PARTS = `      - id: nav
        type: link_list
        position: {x: 40, y: 80, width: 120, height: 30}
        styling: {font: Inter, size: 12, text_align: center}
        properties: {labels: ["‹", "›"], destinations: ["p:{n_prev}", "p:{n_next}"], columns: 2, expand: EXPAND}
      - {id: footer, type: text_block, position: {x: 40, y: 540, width: 300, height: 20}, content: "Page {page} of {total_pages}", styling: {font: Inter, size: 10}}`;
/** `keep`: the link lists stay one widget each; `pageParts`: arrows and a footer that differ per page. */
const project = (keep: boolean, pageParts = true) => `
metadata: {name: Shared, device_profile: boox-note-air-4c}
masters:
  - name: m
    widgets:
      - {id: a, type: anchor, position: {x: 40, y: 40, width: 10, height: 10}, properties: {dest_id: "p:{n}"}}
      - id: tabs
        type: link_list
        position: {x: 400, y: 40, width: 34, height: 300}
        styling: {font: Inter Medium, size: 10, text_align: center}
        properties: {labels: [One, Two, Three, Four, Five], destinations: ["p:1", "p:2", "p:3", "p:4", "p:5"], gap_y: 2,
                     background_color: "#EEEEEE", highlight_index: 1, highlight_color: "#BBBBBB", expand: ${!keep}}
      - {id: label, type: text_block, position: {x: 40, y: 140, width: 300, height: 30}, content: "Schedule and notes", styling: {font: Lora SemiBold, size: 14}}
      - {id: rule, type: divider, position: {x: 40, y: 175, width: 300, height: 2}}
      - {id: box, type: box, position: {x: 40, y: 190, width: 300, height: 120}, styling: {line_width: 1}, properties: {corner_radius: 6}}
${pageParts ? PAGE_PARTS.replaceAll("EXPAND", String(!keep)) : ""}
plan:
  sections:
    - {kind: p, master: m, generate: count, count: ${PAGES}, counters: {n: {start: 1, step: 1}}}
`;
/** Names of the form XObjects a page places. */
function formsOn(doc: PDFDocument, index: number): string[] {
  const resources = doc.getPage(index).node.Resources();
  const xobjects = resources?.lookupMaybe(PDFName.of("XObject"), PDFDict);
  if (!xobjects) return [];
  return xobjects
    .keys()
    .filter((k) => {
      const xobject = xobjects.lookup(k);
      return xobject instanceof PDFRawStream && xobject.dict.get(PDFName.of("Subtype"))?.toString() === "/Form";
    })
    .map((k) => k.toString());
}

/** Bytes of a page's own (decoded) content stream. */
function contentBytes(doc: PDFDocument, index: number): number {
  const contents = doc.getPage(index).node.Contents();
  if (!(contents instanceof PDFRawStream)) throw new Error("expected one content stream");
  return decodePDFRawStream(contents).decode().length;
}

describe("shared drawing and kept link lists", () => {
  it("draw every page as before: pixels, links and text", async () => {
    const [kept, expanded] = await Promise.all([renderYaml(project(true)), renderYaml(project(false))]);
    const a = rasterise(kept.bytes);
    const b = rasterise(expanded.bytes);
    expect(a).toHaveLength(PAGES);
    for (let i = 0; i < PAGES; i++) expect(diffFraction(decodeGreyPng(a[i]!), decodeGreyPng(b[i]!), 0)).toBe(0);
    const [sa, sb] = await Promise.all([readStructure(kept.bytes), readStructure(expanded.bytes)]);
    expect(sa.links).toEqual(sb.links);
    // Five tabs and the arrows that lead somewhere (none back from the first page, none on from the last).
    expect(sa.links.filter((l) => l.page === 1).map((l) => l.dest)).toEqual(["p:1", "p:2", "p:3", "p:4", "p:5", "p:2"]);
    const text = await pdfPagesText(kept.bytes);
    expect(text).toEqual(await pdfPagesText(expanded.bytes));
    for (let i = 0; i < PAGES; i++) {
      expect(text[i]).toContain("Schedule and notes");
      expect(text[i]).toContain(`Page ${i + 1} of ${PAGES}`);
    }
  }, 60_000);

  it("writes repeated drawing once as forms, and never what depends on the page", async () => {
    const { bytes } = await renderYaml(project(true));
    const doc = await PDFDocument.load(bytes);
    // The first page draws inline; from the second on the repeated drawing is placed from forms.
    expect(formsOn(doc, 0)).toEqual([]);
    const second = formsOn(doc, 1);
    expect(second.length).toBeGreaterThan(0);
    expect(formsOn(doc, PAGES - 1)).toEqual(expect.arrayContaining(second));
    expect(contentBytes(doc, PAGES - 1)).toBeLessThan(contentBytes(doc, 0) / 2);
    // The footer reads {page}: it is drawn on each page, with that page's number.
    const text = await pdfPagesText(bytes);
    expect(text.map((t) => t.match(/Page (\d) of/)?.[1])).toEqual(["1", "2", "3", "4", "5"]);
  }, 60_000);

  it("places a form that looks exactly like the drawing it replaces", async () => {
    // Without the page-dependent footer and arrows every page is the same picture: the first drawn inline,
    // the others placed from forms.
    const same = project(true, false);
    const { bytes } = await renderYaml(same);
    const doc = await PDFDocument.load(bytes);
    expect(formsOn(doc, 2).length).toBeGreaterThan(0);
    const pages = rasterise(bytes).map(decodeGreyPng);
    for (const page of pages.slice(1)) expect(diffFraction(page, pages[0]!, 0)).toBe(0);
  }, 60_000);
});
