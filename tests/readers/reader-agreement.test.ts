// MuPDF, pdf.js and Poppler agree on every gallery example and a large project (tests/readers/agreement.ts).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/render";
import { readerDisagreements } from "./agreement";
import { agreementDocuments } from "./documents";

const dir = mkdtempSync(join(tmpdir(), "inkset-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reader agreement (MuPDF, pdf.js, Poppler; qpdf; subset names)", () => {
  for (const doc of agreementDocuments()) {
    it(
      doc.name,
      async () => {
        const file = join(dir, `${doc.name}.pdf`);
        await renderDocument({ yaml: doc.yaml, outputPath: file, strict: false, deterministic: true, maxPages: 1000 });
        expect(await readerDisagreements(file, new Uint8Array(readFileSync(file)))).toEqual([]);
      },
      180_000,
    );
  }
});
