// Render-time variables (RenderOptions.variables) in real PDFs: a template's tokens use them, and in a
// project they fill only what the page's own variables leave open (a month page's {year} stays its own).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/render";
import { pdfPagesText } from "@/tests/helpers/pdf-text";

const dir = mkdtempSync(path.join(tmpdir(), "inkset-vars-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(yaml: string, variables?: Record<string, string | number | boolean>) {
  const outputPath = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  const result = await renderDocument({
    yaml,
    outputPath,
    strict: false,
    deterministic: true,
    maxPages: 100,
    ...(variables ? { variables } : {}),
  });
  return { text: await pdfPagesText(readFileSync(outputPath)), diagnostics: result.diagnostics };
}

const template = `schema_version: "1.0"
metadata: {name: Cover, category: planner, created: "2026-01-01", profile: boox-note-air-4c}
canvas: {dimensions: {width: 445.3, height: 593.8, margins: [36, 36, 36, 36]}}
widgets:
  - {id: t, type: text_block, position: {x: 36, y: 36, width: 373, height: 30}, content: "Planner {year} for {customer} ({pages:03d}) page {page}"}
`;

const project = `metadata: {name: Months, device_profile: boox-note-air-4c}
masters:
  - name: cover
    widgets:
      - {id: c, type: text_block, position: {x: 36, y: 36, width: 373, height: 30}, content: "Edition {edition} of {year}"}
  - name: month
    widgets:
      - {id: m, type: text_block, position: {x: 36, y: 36, width: 373, height: 30}, content: "{month_name} {year} for {customer}"}
plan:
  sections:
    - {kind: cover, master: cover, generate: once}
    - {kind: months, master: month, generate: each_month, start_date: "2026-11-01", end_date: "2027-01-31"}
`;

describe("render-time variables", () => {
  it("fill a template's tokens, with format specs", async () => {
    const { text, diagnostics } = await render(template, { year: 2027, customer: "Ada", pages: 7 });
    expect(text[0]).toBe("Planner 2027 for Ada (007) page 1");
    expect(diagnostics.filter((d) => d.code === "unresolved_token")).toEqual([]);
  });

  it("leave a token they do not name unresolved (warned, printed empty)", async () => {
    const { text, diagnostics } = await render(template, { year: 2027 });
    expect(text[0]).toBe("Planner 2027 for () page 1");
    expect(diagnostics.map((d) => d.code)).toContain("unresolved_token");
  });

  it("in a project, fill what the page does not: a month page keeps its own {year}", async () => {
    const { text, diagnostics } = await render(project, { year: 2030, edition: "B", customer: "Ada" });
    expect(text).toEqual(["Edition B of 2030", "November 2026 for Ada", "December 2026 for Ada", "January 2027 for Ada"]);
    expect(diagnostics.filter((d) => d.code === "unresolved_token")).toEqual([]);
  });
});
