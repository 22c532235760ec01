// Settings round trip: a builder PDF carries its options and YAML; reading them back gives the same
// options (without a calendar file's text, whose events are already on the pages).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { listExamples, REFERENCE_DATE } from "@/lib/examples";
import { renderDocument } from "@/lib/render/render";
import { plannerOptionsFromPdf } from "./from-pdf";
import { generatePlanner } from "./generate";
import { nextPeriod } from "./next-year";

// Pinned, so dated examples render the same every year.
const examples = listExamples(REFERENCE_DATE);

const dir = mkdtempSync(join(tmpdir(), "planner-embed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(yaml: string, name: string): Promise<Uint8Array> {
  const file = join(dir, name);
  await renderDocument({ yaml, outputPath: file, strict: false, deterministic: true, maxPages: 1000, previewPages: 2 });
  return new Uint8Array(readFileSync(file));
}

describe("planner settings in the PDF", () => {
  it("gives back the options of last year's PDF, ready to move on a year", async () => {
    const g = generatePlanner({
      start: "2026-08",
      months: 2,
      theme: "tabbed",
      hand: "left",
      locale: "sv",
      birthdays: [{ name: "Ada", date: "12-10" }],
    });
    const options = await plannerOptionsFromPdf(await render(g.yaml, "builder.pdf"));
    expect(options).toEqual(g.options);
    expect(nextPeriod(options)).toMatchObject({ start: "2027-08", theme: "tabbed", hand: "left", locale: "sv" });
  });

  it("refuses a PDF that carries no planner settings, and a file that is not a PDF", async () => {
    const other = examples.find((e) => e.id === "daily-page");
    const bytes = await render(other?.yaml ?? "", "other.pdf");
    await expect(plannerOptionsFromPdf(bytes)).rejects.toThrow(/not made with the Inkset planner builder/);
    await expect(plannerOptionsFromPdf(new TextEncoder().encode("hello"))).rejects.toBeInstanceOf(AppError);
  });
});
