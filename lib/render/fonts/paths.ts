// Locates font files shipped in npm packages. The renderer runs under vitest, as an esbuild bundle
// with external packages (dist/render-child.mjs) and inside Next route handlers, so paths are resolved
// from this module at run time and never written down as absolute paths.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const requireHere = createRequire(import.meta.url);

/** Absolute path of `specifier` (e.g. `dejavu-fonts-ttf/ttf/DejaVuSans.ttf`). Throws when not installed. */
export function packageFile(specifier: string): string {
  try {
    return requireHere.resolve(specifier);
  } catch {
    // A bundler may rewrite import.meta.url to a location outside the project; the working
    // directory is the project root for `next start`, the worker and the tests.
    const candidate = path.join(process.cwd(), "node_modules", ...specifier.split("/"));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`bundled font file not found: ${specifier} (run npm install)`);
}

/**
 * Absolute path of a file unpacked on install (`dist/fonts/…`, see scripts/build-fonts.mjs), below
 * the project root: the working directory, else the folder holding the node_modules that has the
 * source package (for a bundle run from elsewhere).
 */
export function generatedFile(relative: string): string {
  const roots = [process.cwd()];
  try {
    roots.push(path.resolve(path.dirname(requireHere.resolve("jetbrains-mono/package.json")), "..", ".."));
  } catch {
    // Not installed: only the working directory is tried.
  }
  for (const root of roots) {
    const candidate = path.join(root, ...relative.split("/"));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`bundled font file not found: ${relative} (run npm install or npm run build:workers)`);
}
