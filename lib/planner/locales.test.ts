// Every planner language renders with real glyphs: the month page of each locale is drawn, no text is
// reported as missing glyphs, and the month and weekday names come back out of the PDF's text layer.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/render";
import { monthName, SUPPORTED_LOCALES, weekdayName } from "@/lib/templates/tokens/locales";
import { generatePlanner } from "./generate";
import { wordsFor } from "./words";

const dir = mkdtempSync(join(tmpdir(), "planner-locales-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function textOf(file: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const content = (await page.getTextContent()) as { items: { str?: string }[] };
  await doc.destroy();
  return content.items.map((i) => i.str ?? "").join(" ");
}

describe("planner locales", () => {
  it.each(SUPPORTED_LOCALES)(
    "%s: names drawn with real glyphs",
    async (locale) => {
      const g = generatePlanner({ start: "2027-01", locale, device_profile: "remarkable-2" }, 1000, "month");
      const file = join(dir, `${locale}.pdf`);
      const r = await renderDocument({ yaml: g.yaml, outputPath: file, strict: false, deterministic: true, maxPages: 1000 });
      expect(r.diagnostics.filter((d) => /missing glyphs/.test(d.message))).toEqual([]);
      const text = (await textOf(file)).replace(/\s+/g, "");
      for (const name of [monthName(locale, 1), monthName(locale, 2, "short"), weekdayName(locale, 0, "short"), wordsFor(locale).goals]) {
        expect(text, `${locale}: ${name}`).toContain(name.replace(/\s+/g, ""));
      }
    },
    60_000,
  );
});
