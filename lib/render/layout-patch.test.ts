// Guards the patches/@react-pdf+layout patch: @react-pdf/layout must be the pinned version and its tree
// walks must not use Array.prototype.shift() (quadratic in element count), while bookmarks still resolve.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

function layoutSource(): string {
  return readFileSync(require.resolve("@react-pdf/layout"), "utf8");
}

function fn(source: string, name: string): string {
  const start = source.indexOf(`const ${name} = `);
  expect(start, `${name} not found in @react-pdf/layout`).toBeGreaterThan(-1);
  return source.slice(start, source.indexOf("\n};\n", start));
}

describe("@react-pdf/layout patch", () => {
  it("is pinned to the exact version the patch was written for", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(require.resolve("@react-pdf/layout/package.json"), "utf8")) as { version: string };
    expect(pkg.dependencies["@react-pdf/layout"]).toBe("5.2.0");
    expect(installed.version).toBe("5.2.0");
  });

  it("walks the tree by index in resolveBookmarks and fetchAssets", () => {
    const src = layoutSource();
    for (const name of ["resolveBookmarks", "fetchAssets"]) {
      const body = fn(src, name);
      expect(body).not.toMatch(/listToExplore\.shift\(\)/);
      expect(body).toMatch(/listToExplore\[head\]/);
    }
  });

  it("still nests bookmarks by element ancestry", async () => {
    const { renderToBuffer, Document, Page, View, Text } = await import("@react-pdf/renderer");
    const { createElement: h } = await import("react");
    // View accepts `bookmark` at runtime (resolveBookmarks reads any node's props) but its typings omit it.
    const childProps: Record<string, unknown> = { bookmark: "Child" };
    const doc = h(Document, null, h(Page, { bookmark: "Parent" }, h(View, childProps, h(Text, null, "x"))));
    const pdf = (await renderToBuffer(doc)).toString("latin1");
    expect(pdf).toContain("/Title (Parent)");
    expect(pdf).toContain("/Title (Child)");
  });
});
