// Micro-benchmark of the @react-pdf/layout patch: runs the installed (patched) resolveBookmarks and the
// original shift() version, rebuilt from the same source, over element trees of growing size.
// Usage: tsx bench/layout-patch.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Node = { props?: Record<string, unknown>; children?: Node[] };
type Resolve = (node: Node) => Node;

const source = readFileSync(createRequire(import.meta.url).resolve("@react-pdf/layout"), "utf8");
const start = source.indexOf("const getBookmarkValue");
const end = source.indexOf("\n};\n", source.indexOf("const resolveBookmarks = ")) + 4;
const patched = source.slice(start, end);
const original = patched
  .replace(/    \/\/ Walk the queue by index[^\n]*\n[^\n]*\n/, "")
  .replace("for (let head = 0; head < listToExplore.length; head += 1) {", "while (listToExplore.length > 0) {")
  .replace("const element = listToExplore[head];", "const element = listToExplore.shift();");

function compile(code: string): Resolve {
  // The function text comes from the installed package; evaluating it is how both variants are compared.
  return new Function(`${code}\nreturn resolveBookmarks;`)() as Resolve;
}

function tree(elements: number): Node {
  const pages: Node[] = [];
  for (let made = 0; made < elements;) {
    const children: Node[] = [];
    for (let i = 0; i < 200 && made < elements; i++, made++) children.push({ props: {}, children: [] });
    pages.push({ props: { bookmark: `p${pages.length}` }, children });
  }
  return { children: pages };
}

for (const [name, fn] of [
  ["original shift()", compile(original)],
  ["patched index", compile(patched)],
] as const) {
  for (const n of [25_000, 50_000, 100_000, 200_000]) {
    const t = performance.now();
    fn(tree(n));
    console.log(`${name.padEnd(17)} ${String(n).padStart(7)} elements: ${(performance.now() - t).toFixed(0)} ms`);
  }
}
