// Builds the start-up snapshot experiment of bench:child-start: bench/snapshot/entry.ts bundled with
// every package into one CommonJS file (the snapshot builder loads no modules from disk), then
// `node --build-snapshot` → bench/out/render-snapshot.blob. Not used in production (see README).
// Node 20's snapshot builder cannot load node:http/https/net (they are made lazy here), and pdfkit
// finds its base-14 metrics through its package `imports` map at run time (bundled here instead).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = process.cwd();
const out = path.join(root, "bench", "out");
mkdirSync(out, { recursive: true });
const stdFonts = path.join(root, "node_modules", "pdfkit", "js", "standard-fonts");

const snapshotFriendly = {
  name: "snapshot-friendly",
  setup(b) {
    b.onResolve({ filter: /^node:(http|https|net)$/ }, (a) => ({ path: a.path.slice(5), namespace: "lazy" }));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, (a) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(a.path)}))[k] });`,
      loader: "js",
    }));
    b.onLoad({ filter: /pdfkit.js.pdfkit\.node\.mjs$/ }, (a) => ({
      contents: readFileSync(a.path, "utf8").replace(
        /require\$1\(['"]#standard-fonts\/(\w+)['"]\)/g,
        (_, n) => `require(${JSON.stringify(path.join(stdFonts, `${n}.cjs`))})`,
      ),
      loader: "js",
    }));
  },
};

const bundle = path.join(out, "render-snapshot.cjs");
await build({
  entryPoints: ["bench/snapshot/entry.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  tsconfig: "tsconfig.json",
  outfile: bundle,
  logLevel: "error",
  plugins: [snapshotFriendly],
  // import.meta.url has no meaning in one CommonJS file; font lookups fall back to the project root.
  define: { "import.meta.url": "__snapshotUrl" },
  banner: { js: `var __snapshotUrl = ${JSON.stringify(pathToFileURL(path.join(root, "dist", "render-child.mjs")).href)};` },
});
execFileSync(process.execPath, ["--snapshot-blob", path.join(out, "render-snapshot.blob"), "--build-snapshot", bundle], {
  stdio: ["ignore", "ignore", "ignore"],
});
console.error("bench/out/render-snapshot.blob built");
