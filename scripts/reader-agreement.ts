// npx tsx scripts/reader-agreement.ts [file.pdf …]
// Checks that MuPDF, pdf.js and Poppler read the same document: page count and sizes, every link's
// target page, every outline entry's page and each page's text; that `qpdf --check` is clean; and that
// no two different font subsets share a name. Without arguments it renders and checks every gallery
// example and a large project (tests/readers/documents.ts); with PDF paths it checks those files.
// Exits 1 when anything disagrees. Needs mutool (mupdf-tools), pdfinfo/pdftotext/pdftohtml
// (poppler-utils) and qpdf on PATH.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocument } from "@/lib/render/render";
import { readerDisagreements } from "@/tests/readers/agreement";
import { agreementDocuments } from "@/tests/readers/documents";

async function check(name: string, file: string): Promise<boolean> {
  const t = performance.now();
  const problems = await readerDisagreements(file, new Uint8Array(readFileSync(file)));
  const ms = Math.round(performance.now() - t);
  console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${name} (${ms} ms)`);
  for (const p of problems.slice(0, 20)) console.log(`     ${p}`);
  if (problems.length > 20) console.log(`     … and ${problems.length - 20} more`);
  return problems.length === 0;
}

async function main() {
  const files = process.argv.slice(2);
  let ok = true;
  if (files.length > 0) {
    for (const f of files) ok = (await check(f, f)) && ok;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "inkset-readers-"));
    try {
      for (const doc of agreementDocuments()) {
        const file = join(dir, `${doc.name}.pdf`);
        await renderDocument({ yaml: doc.yaml, outputPath: file, strict: false, deterministic: true, maxPages: 1000 });
        ok = (await check(doc.name, file)) && ok;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.exitCode = ok ? 0 : 1;
}

void main();
