// Renders real PDFs with every bundled face through react-pdf and checks the font programs are embedded.
import { createRequire } from "node:module";
import path from "node:path";
import { createElement as h } from "react";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { BUNDLED_FACES } from "./catalog";
import { registerBundledFonts } from "./react-pdf";
import { bundledFamilies } from "./registry";
import { resolveFont } from "./resolve";

/** PostScript names of the embedded subset fonts (pdfkit writes font dictionaries uncompressed). */
function embeddedFonts(pdf: Buffer): string[] {
  const names = pdf.toString("latin1").matchAll(/\/BaseFont \/[A-Z]{6}\+([^\s/>]+)/g);
  return [...new Set([...names].map((m) => m[1] ?? ""))].sort();
}

function standardFonts(pdf: Buffer): string[] {
  const names = pdf.toString("latin1").matchAll(/\/BaseFont \/([A-Za-z-]+)\s/g);
  return [...new Set([...names].map((m) => m[1] ?? ""))].sort();
}

const standardFontDataUrl = `${path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"))}/standard_fonts/`;

async function pageText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, standardFontDataUrl }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.flatMap((item) => ("str" in item && item.str.trim() ? [item.str] : []));
}

async function renderLines(lines: { name: string; text: string }[]): Promise<Buffer> {
  registerBundledFonts();
  const children = lines.map(({ name, text }, i) => {
    const r = resolveFont(name, text, { strict: false });
    return h(Text, { key: i, style: { fontFamily: r.fontFamily, fontWeight: r.fontWeight, fontStyle: r.fontStyle, fontSize: 9 } }, text);
  });
  return renderToBuffer(h(Document, null, h(Page, { size: "A4" }, ...children)));
}

// JetBrains Mono's PostScript names: JetBrainsMono-Regular … JetBrainsMonoNL-ExtraBoldItalic (32).
const JETBRAINS = ["JetBrainsMono", "JetBrainsMonoNL"].flatMap((stem) =>
  ["Thin", "ExtraLight", "Light", "Regular", "Medium", "SemiBold", "Bold", "ExtraBold"].flatMap((w) => [
    `${stem}-${w}`,
    `${stem}-${w === "Regular" ? "" : w}Italic`,
  ]),
);

describe("bundled fonts in a real render", () => {
  it("registers idempotently", () => {
    registerBundledFonts();
    registerBundledFonts();
    expect(bundledFamilies()).toEqual([
      "DejaVu Sans",
      "DejaVu Sans Condensed",
      "DejaVu Sans Mono",
      "DejaVu Serif",
      "JetBrains Mono",
      "JetBrains Mono NL",
      "DejaVu Serif Condensed",
      "DejaVu Math TeX Gyre",
      "Patrick Hand",
      "Courier Prime",
      "Inter",
      "Lora",
      "Noto Sans JP",
      "Noto Sans SC",
    ]);
  });

  it("embeds every bundled face", async () => {
    const lines = BUNDLED_FACES.map((f) => ({ name: `${f.family} ${f.style}`, text: `${f.family} ${f.style} Hamburgefonstiv 0123` }));
    const pdf = await renderLines(lines);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(embeddedFonts(pdf)).toEqual(
      [
        "CourierPrime-Bold",
        "CourierPrime-BoldItalic",
        "CourierPrime-Italic",
        "CourierPrime-Regular",
        "DejaVuMathTeXGyre-Regular",
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-BoldOblique",
        "DejaVuSans-ExtraLight",
        "DejaVuSans-Oblique",
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-BoldOblique",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSansMono",
        "DejaVuSansMono-Bold",
        "DejaVuSansMono-BoldOblique",
        "DejaVuSansMono-Oblique",
        "DejaVuSerif",
        "DejaVuSerif-Bold",
        "DejaVuSerif-BoldItalic",
        "DejaVuSerif-Italic",
        "DejaVuSerifCondensed",
        "DejaVuSerifCondensed-Bold",
        "DejaVuSerifCondensed-BoldItalic",
        "DejaVuSerifCondensed-Italic",
        ...JETBRAINS,
        "PatrickHand-Regular",
        ...["Light", "Regular", "Medium", "SemiBold", "Bold"].flatMap((w) => [`Inter-${w}`, `Inter-${w === "Regular" ? "" : w}Italic`]),
        ...["Regular", "Medium", "SemiBold", "Bold"].flatMap((w) => [`Lora-${w}`, `Lora-${w === "Regular" ? "" : w}Italic`]),
        "NotoSansJP-Regular",
        "NotoSansJP-Bold",
        "NotoSansSC-Regular",
        "NotoSansSC-Bold",
      ].sort(),
    );
  });

  it("draws WinAnsi text in a standard font and Polish text in embedded DejaVu Sans", async () => {
    const pdf = await renderLines([
      { name: "Helvetica", text: "plain text" },
      { name: "Helvetica", text: "Zażółć gęślą jaźń" },
      { name: "Courier Prime", text: "Привіт" },
    ]);
    expect(standardFonts(pdf)).toContain("Helvetica");
    expect(embeddedFonts(pdf)).toEqual(["DejaVuSans"]);
    // The text must come back out unchanged, i.e. real glyphs with a ToUnicode map, not WinAnsi garbage.
    expect((await pageText(pdf)).join("|")).toBe("plain text|Zażółć gęślą jaźń|Привіт");
  });
});
