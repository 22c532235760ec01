// JetBrains Mono (§8.1), unpacked from the npm package's WOFF2 on install: einkpdf's display names
// resolve to it, it is embedded as a subset, and it is drawn one glyph per character, so "->" and
// "!=" come back out of the PDF as typed (its ligature glyphs would extract as other characters).
import { describe, expect, it } from "vitest";
import { poppler } from "@/tests/helpers/poppler";
import { renderYaml } from "@/tests/golden/render-case";

const template = (font: string, text: string) => `schema_version: "1.0"
metadata: {name: Mono, category: test, created: "2026-01-01", profile: boox-note-air-4c}
canvas: {dimensions: {width: 400, height: 100, margins: [0, 0, 0, 0]}}
widgets:
  - {id: t, type: text_block, content: "${text}", position: {x: 10, y: 10, width: 380, height: 40}, styling: {font: "${font}", size: 14}}
`;

describe("JetBrains Mono", () => {
  it.each([
    ["JetBrains Mono", "JetBrainsMono-Regular"],
    ["Jet Brains Mono NL Medium Italic", "JetBrainsMonoNL-MediumItalic"],
    ["JetBrains Mono ExtraBold", "JetBrainsMono-ExtraBold"],
  ])("%s is embedded as %s, with text that extracts as typed", async (font, postscript) => {
    const text = "a -> b != c <= d";
    const { bytes, result } = await renderYaml(template(font, text));
    expect(result.diagnostics.filter((d) => d.code === "font_fallback")).toEqual([]);
    expect(poppler("pdffonts", bytes)).toMatch(new RegExp(`\\+${postscript}\\s+CID TrueType`));
    expect(poppler("pdftotext", bytes).trim()).toBe(text);
  });
});
