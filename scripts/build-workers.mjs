// Bundles the render child (lib/render/child.ts) to dist/render-child.mjs with its chunk threads
// (lib/render/chunks/chunk-thread.ts, dist/render-chunks.mjs), the template-check worker
// thread (lib/jobs/inspect-worker.ts) to dist/inspect-worker.mjs and the CLI to dist/cli.mjs. Packages stay
// external (node_modules is present wherever this runs); the `@/` alias comes from tsconfig.
// Written to a temp name and renamed, so a process forking the bundle while another build runs
// (parallel test projects, `npm run worker` next to `next start`) never loads half a file.
import { build } from "esbuild";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildFonts } from "./build-fonts.mjs";

const started = Date.now();
const shared = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  tsconfig: "tsconfig.json",
  jsx: "automatic",
  sourcemap: "linked",
  logLevel: "warning",
  write: false,
};
// The render child, and the `inkset` CLI (bin/inkset.mjs runs it; `validate` uses the renderer's checks).
const results = await Promise.all([
  build({ ...shared, entryPoints: ["lib/render/child.ts"], outfile: "dist/render-child.mjs" }),
  build({ ...shared, entryPoints: ["lib/render/chunks/chunk-thread.ts"], outfile: "dist/render-chunks.mjs" }),
  build({ ...shared, entryPoints: ["lib/jobs/inspect-worker.ts"], outfile: "dist/inspect-worker.mjs" }),
  build({ ...shared, entryPoints: ["cli/main.ts"], outfile: "dist/cli.mjs" }),
]);
for (const file of results.flatMap((r) => r.outputFiles)) {
  await mkdir(path.dirname(file.path), { recursive: true });
  const temp = `${file.path}.${process.pid}.tmp`;
  await writeFile(temp, file.contents);
  await rename(temp, file.path);
}
// The render child draws JetBrains Mono from dist/fonts (normally unpacked on install already).
await buildFonts();
console.error(
  `build:workers: dist/render-child.mjs, dist/render-chunks.mjs, dist/inspect-worker.mjs and dist/cli.mjs in ${Date.now() - started} ms`,
);
