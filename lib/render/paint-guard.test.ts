// A widget whose paint step throws inside react-pdf's canvas callback: the rest of the document is
// drawn, the graphics state it opened is closed, and the failure is a widget_failed diagnostic
// (warning; error in strict mode) instead of a failed render.
import { PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { afterEach, describe, expect, it } from "vitest";
import { renderYaml } from "@/tests/golden/render-case";
import { TemplateRenderError } from "@/lib/render-contract/types";
import { builders } from "./widgets";

const original = builders.box;
afterEach(() => {
  builders.box = original;
});

/** Makes every `box` widget paint half of something, then throw, as a font or pdfkit bug would. */
function breakBoxPainting() {
  builders.box = (ctx) => {
    ctx.draw((p) => {
      p.save().translate(5, 5).save();
      throw new Error("glyph table is corrupt");
    });
  };
}

const doc = (pages: number) => `schema_version: "1.0"
metadata: {name: Guard, category: test, created: "2026-01-01", profile: boox-note-air-4c}
canvas: {dimensions: {width: 300, height: 300, margins: [0, 0, 0, 0]}}
widgets:
${Array.from({ length: pages }, (_, i) => `  - {id: t${i + 1}, type: text_block, page: ${i + 1}, content: "page ${i + 1}", position: {x: 10, y: 10, width: 200, height: 20}}`).join("\n")}
  - {id: broken, type: box, page: 2, position: {x: 10, y: 50, width: 100, height: 100}}
`;

describe("paint guard", () => {
  it("skips only the failing widget and reports it", async () => {
    breakBoxPainting();
    const { bytes, result } = await renderYaml(doc(3));
    expect(result.pageCount).toBe(3);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(3);
    const failed = result.diagnostics.filter((d) => d.code === "widget_failed");
    expect(failed).toEqual([
      expect.objectContaining({ severity: "warning", widget_id: "broken", page: 2, message: "widget not drawn: glyph table is corrupt" }),
    ]);
  });

  it("closes the graphics state the failed step left open", async () => {
    breakBoxPainting();
    const { bytes } = await renderYaml(doc(2));
    const pdf = await PDFDocument.load(bytes);
    const content = pdf.getPage(1).node.Contents();
    const streams = content && "asArray" in content ? content.asArray() : [content];
    const text = streams
      .map((ref) => pdf.context.lookup(ref))
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString("latin1"))
      .join("\n");
    expect(text).toContain("1 0 0 1 5 5 cm"); // the failed step's translate was written…
    const ops = text.match(/(?<![A-Za-z])[qQ](?![A-Za-z])/g) ?? [];
    expect(ops.filter((o) => o === "q").length).toBe(ops.filter((o) => o === "Q").length); // …and its two saves closed
  });

  it("fails the render in strict mode", async () => {
    breakBoxPainting();
    await expect(renderYaml(doc(2), { strict: true })).rejects.toBeInstanceOf(TemplateRenderError);
  });
});
