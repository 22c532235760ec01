// Bundles the render child (lib/render/child.ts) to dist/render-child.mjs. Packages stay
// external (node_modules is present wherever this runs); the `@/` alias comes from tsconfig.
import { build } from "esbuild";

const started = Date.now();
await build({
  entryPoints: ["lib/render/child.ts"],
  outfile: "dist/render-child.mjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  tsconfig: "tsconfig.json",
  jsx: "automatic",
  sourcemap: "linked",
  logLevel: "warning",
});
console.error(`build:workers: dist/render-child.mjs in ${Date.now() - started} ms`);
