// The document's objects as plain text: Inkset writes most objects inside compressed object streams
// (lib/render/pdf/write.ts), so tests that read a dictionary as written ask qpdf to write them out first.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function expandedText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "inkset-expand-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("qpdf", ["--object-streams=disable", join(dir, "in.pdf"), join(dir, "out.pdf")]);
    return readFileSync(join(dir, "out.pdf")).toString("latin1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
