// compileProject takes user input: whatever the document, it returns diagnostics and never throws.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileProject } from "./compile";
import { yamlDoc } from "@/tests/helpers/project-compile";

const WINTER = yamlDoc(readFileSync(fileURLToPath(new URL("./fixtures/winter-2026.yaml", import.meta.url)), "utf8")) as Record<
  string,
  unknown
>;
const opts = { strict: false, maxPages: 100 };

/** Replace the value at a random path of a document with an arbitrary value. */
function mutate(doc: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || typeof doc !== "object" || doc === null) return value;
  const [head = 0, ...rest] = path;
  if (Array.isArray(doc)) {
    if (doc.length === 0) return value;
    const i = head % doc.length;
    return doc.map((v, k) => (k === i ? mutate(v, rest, value) : v));
  }
  const keys = Object.keys(doc);
  if (keys.length === 0) return value;
  const key = keys[head % keys.length] ?? "";
  return { ...doc, [key]: mutate((doc as Record<string, unknown>)[key], rest, value) };
}

describe("compiler robustness", () => {
  it("never throws on arbitrary values", () => {
    fc.assert(
      fc.property(fc.anything(), (doc) => {
        const r = compileProject(doc, opts);
        expect(Array.isArray(r.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutations of a valid project, and reports an error whenever no template is produced", () => {
    const value = fc.oneof(fc.anything(), fc.constantFrom("{date_next}", "day(@x", "", -1, 0, 1e9, "2026-02-30", null, [], {}));
    fc.assert(
      fc.property(fc.array(fc.nat(50), { maxLength: 7 }), value, (path, v) => {
        const r = compileProject(mutate(WINTER, path, v), opts);
        if (!r.template) expect(r.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
