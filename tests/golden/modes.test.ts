// Strict and non-strict mode (§7.6, D30), unresolved tokens (D11), progress reporting and Info
// metadata in deterministic mode (§7.7).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandedText } from "./expand";
import { renderDocument } from "@/lib/render/render";
import { inspectDocument } from "@/lib/templates/inspect";
import type { RenderProgress } from "@/lib/render-contract/types";
import { readStructure } from "./pdf-structure";
import { renderYaml } from "./render-case";

const doc = (widgets: string) => `schema_version: "1.0"
metadata: {name: Modes, description: Mode tests, author: Ada, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}}
widgets:
${widgets}
`;

const badCalendar =
  doc(`  - {id: cal, type: calendar, position: {x: 36, y: 36, width: 300, height: 200}, properties: {start_date: "{year}-13-01"}}
  - {id: t, type: text_block, page: 2, position: {x: 36, y: 300, width: 300, height: 40}, content: "Hello {nobody}"}`);

describe("render modes", () => {
  it("non-strict: a failing widget is skipped with a warning and the rest renders (D30)", async () => {
    const { bytes, result } = await renderYaml(badCalendar);
    expect((await readStructure(bytes)).pages).toHaveLength(2);
    const codes = result.diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.code}:${d.widget_id}`);
    expect(codes).toContain("widget_failed:cal");
    expect(codes).toContain("unresolved_token:t");
  });

  it("strict: the same document fails with every problem listed", async () => {
    const err = await renderYaml(badCalendar, { strict: true }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "TemplateRenderError", code: "TEMPLATE_INVALID" });
  });

  it("reports real per-page progress and writes the Info dictionary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "inkset-modes-"));
    const events: RenderProgress[] = [];
    const yaml = doc(`  - {id: a, type: text_block, page: 3, position: {x: 36, y: 36, width: 300, height: 40}, content: "x"}`);
    const out = join(dir, "o.pdf");
    const r = await renderDocument({
      yaml,
      outputPath: out,
      strict: false,
      deterministic: true,
      maxPages: 1000,
      onProgress: (p) => events.push(p),
    });
    expect(r.pageCount).toBe(3);
    expect(events.filter((e) => e.phase === "write").map((e) => e.done)).toEqual([1, 2, 3]);
    expect(events.filter((e) => e.phase === "layout").map((e) => e.total)).toEqual([3, 3, 3]);
    const text = expandedText(readFileSync(out));
    expect(text).toContain("/CreationDate (D:19700101000000Z)");
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(out)), isEvalSupported: false }).promise;
    // pdfjs types the Info dictionary as a bare Object.
    const info: unknown = (await pdf.getMetadata()).info;
    expect(info).toMatchObject({
      Title: "Modes",
      Subject: "Mode tests",
      Author: "Ada",
      Creator: "Inkset v0.1.0",
      Producer: "Inkset v0.1.0",
    });
    await pdf.destroy();
  });

  it("reports pages whose grey fill exceeds the profile's max_gray_fill_area", async () => {
    const yaml = doc(`  - {id: b, type: box, position: {x: 0, y: 0, width: 447.3, height: 200}, styling: {fill_color: "#DDDDDD"}}
  - {id: c, type: box, page: 2, position: {x: 0, y: 0, width: 100, height: 100}, styling: {fill_color: "#DDDDDD"}}`);
    const { result } = await renderYaml(yaml);
    expect(result.diagnostics.filter((d) => d.code === "gray_fill_area").map((d) => [d.page, d.severity])).toEqual([[1, "info"]]);
  });

  it("inspects without rendering", () => {
    const r = inspectDocument(badCalendar, { strict: false, maxPages: 1000 });
    expect(r).toMatchObject({ ok: true, pageCount: 2, title: "Modes", kind: "template" });
    const over = inspectDocument(doc(`  - {id: a, type: box, page: 1001, position: {x: 1, y: 1, width: 5, height: 5}}`), {
      strict: false,
      maxPages: 1000,
    });
    expect(over.ok).toBe(false);
    expect(over.diagnostics.map((d) => d.code)).toContain("page_limit");
  });
});
