// A face is parsed once and shared by every document (face.ts). Subsetting one document asks fontkit
// for composite glyphs' components by id alone ("a" inside "á", "s" inside "ş"); a later document that
// draws those letters in the same face must still map them back to text (its ToUnicode CMap).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderYaml } from "@/tests/golden/render-case";

// "ő" is outside WinAnsi, so each string is drawn in DejaVu Sans, not Helvetica (§8.3).
const template = (text: string) => `schema_version: "1.0"
metadata: {name: Face, category: test, created: "2026-01-01", profile: remarkable-2, locale: hu}
canvas: {dimensions: {width: 400, height: 100, margins: [0, 0, 0, 0]}}
widgets:
  - {id: t, type: text_block, content: "${text}", position: {x: 10, y: 10, width: 380, height: 40}}
`;

function pdftotext(pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "inkset-face-"));
  try {
    writeFileSync(path.join(dir, "in.pdf"), pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "in.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("shared faces", () => {
  it("keep the text of glyphs an earlier document subset as components", async () => {
    const first = await renderYaml(template("á ş ő"));
    expect(pdftotext(first.bytes).replace(/\s+/g, "")).toBe("áşő");
    const second = await renderYaml(template("Január Április Vasárnap ő"));
    expect(pdftotext(second.bytes).replace(/\s+/g, " ").trim()).toBe("Január Április Vasárnap ő");
  });
});
