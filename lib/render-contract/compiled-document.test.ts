// A render that starts from the create-time check's compiled document (what the render child gets
// from lib/jobs/inspect-cache.ts) writes the same bytes as one that loads the YAML itself.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getExample, REFERENCE_DATE } from "@/lib/examples";
import { renderDocument } from "@/lib/render/render";
import { inspectLoaded, loadForInspection } from "@/lib/templates/inspect";
import { decodeCompiled, encodeCompiled } from "./compiled-document";

const dir = mkdtempSync(path.join(os.tmpdir(), "inkset-compiled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("compiled documents", () => {
  it("render byte-identical to loading the YAML, for a project and a template", async () => {
    for (const id of ["meeting-notebook", "cornell-notes"]) {
      const yaml = getExample(id, REFERENCE_DATE)!.yaml;
      const options = { strict: false, maxPages: 1000 };
      const loaded = loadForInspection(yaml, options);
      expect(inspectLoaded(loaded).ok).toBe(true);
      const preloaded = decodeCompiled(encodeCompiled(loaded));
      const fromYaml = path.join(dir, `${id}-yaml.pdf`);
      const fromCompiled = path.join(dir, `${id}-compiled.pdf`);
      const a = await renderDocument({ ...options, yaml, outputPath: fromYaml, deterministic: true });
      const b = await renderDocument({ ...options, yaml, preloaded, outputPath: fromCompiled, deterministic: true });
      expect(b.pageCount).toBe(a.pageCount);
      expect(b.diagnostics).toEqual(a.diagnostics);
      expect(readFileSync(fromCompiled).equals(readFileSync(fromYaml))).toBe(true);
    }
  });

  it("is what the render uses: another document's compiled form renders that document", async () => {
    const yaml = getExample("cornell-notes", REFERENCE_DATE)!.yaml;
    const other = getExample("meeting-notebook", REFERENCE_DATE)!.yaml;
    const options = { strict: false, maxPages: 1000 };
    const preloaded = decodeCompiled(encodeCompiled(loadForInspection(other, options)));
    const out = path.join(dir, "swapped.pdf");
    const result = await renderDocument({ ...options, yaml, preloaded, outputPath: out, deterministic: true });
    expect(result.pageCount).toBe(loadForInspection(other, options).pageCount);
    expect(result.pageCount).not.toBe(loadForInspection(yaml, options).pageCount);
  });
});
