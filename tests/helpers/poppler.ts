// Poppler's view of a rendered PDF: its fonts (pdffonts) and its text (pdftotext), as a reader finds them.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function poppler(tool: "pdffonts" | "pdftotext", pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "inkset-poppler-"));
  try {
    const file = path.join(dir, "in.pdf");
    writeFileSync(file, pdf);
    return execFileSync(tool, tool === "pdftotext" ? [file, "-"] : [file], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostScript names of the PDF's fonts, subset tags (`ABCDEF+`) removed, sorted; `embeddedOnly` keeps subsets. */
export function pdfFontNames(pdf: Uint8Array, { embeddedOnly = false } = {}): string[] {
  const names = poppler("pdffonts", pdf)
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? "")
    .filter((n) => n !== "" && (!embeddedOnly || n.includes("+")));
  return [...new Set(names.map((n) => n.slice(n.indexOf("+") + 1)))].sort();
}
