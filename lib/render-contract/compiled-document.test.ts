// A render that starts from the create-time check's compiled document (what the render child gets
// from lib/jobs/inspect-cache.ts) writes the same bytes as one that loads the YAML itself, whole or
// one page of it (the editor's page view, whose widgets point at the master that drew them).
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

  it("draws a preview page byte-identical to loading the YAML, with the same widget paths", async () => {
    for (const [id, page] of [
      ["meeting-notebook", 3],
      ["cornell-notes", 1],
    ] as const) {
      const yaml = getExample(id, REFERENCE_DATE)!.yaml;
      const options = { strict: false, maxPages: 1000 };
      const preloaded = decodeCompiled(encodeCompiled(loadForInspection(yaml, options)));
      const fromYaml = path.join(dir, `${id}-page-yaml.pdf`);
      const fromCompiled = path.join(dir, `${id}-page-compiled.pdf`);
      const preview = { ...options, yaml, deterministic: true, previewPage: page };
      const a = await renderDocument({ ...preview, outputPath: fromYaml });
      const b = await renderDocument({ ...preview, preloaded, outputPath: fromCompiled });
      const { timings: _a, ...fromYamlResult } = a;
      const { timings: _b, ...fromCompiledResult } = b;
      expect(fromCompiledResult).toEqual(fromYamlResult);
      expect(readFileSync(fromCompiled).equals(readFileSync(fromYaml))).toBe(true);
      // A project's widgets point at their masters, as the editor needs to select what drew them.
      if (id === "meeting-notebook") expect(b.page?.widgets[0]?.path).toMatch(/^masters\[/);
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
