// The render child is an esbuild bundle with external packages (TOOLCHAIN §4). Font files must still
// be found from there, so the fonts module is bundled the same way and run in a separate process.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const root = process.cwd();
const outDir = path.join(root, "node_modules", ".cache", `inkset-fonts-bundle-${process.pid}`);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("fonts module as an esbuild bundle", () => {
  it("finds and embeds the bundled fonts", async () => {
    mkdirSync(outDir, { recursive: true });
    const entry = path.join(outDir, "entry.tsx");
    writeFileSync(
      entry,
      `import { renderToBuffer, Document, Page, Text } from "@react-pdf/renderer";
import { resolveFont } from ${JSON.stringify(path.join(root, "lib/render/fonts/index.ts"))};
import { registerBundledFonts } from ${JSON.stringify(path.join(root, "lib/render/fonts/react-pdf.ts"))};
registerBundledFonts();
const r = resolveFont("Helvetica", "Zażółć", { strict: false });
const buf = await renderToBuffer(<Document><Page><Text style={{ fontFamily: r.fontFamily }}>Zażółć</Text></Page></Document>);
process.stdout.write(JSON.stringify({ family: r.fontFamily[0], embedsDejaVu: /\\+DejaVuSans/.test(buf.toString("latin1")) }));
`,
    );
    const outfile = path.join(outDir, "render-child.mjs");
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      target: "node20",
      format: "esm",
      packages: "external",
      jsx: "automatic",
      outfile,
      logLevel: "silent",
    });
    const out = execFileSync(process.execPath, [outfile], { cwd: outDir, encoding: "utf8", timeout: 60_000 });
    expect(JSON.parse(out)).toEqual({ family: "DejaVu Sans", embedsDejaVu: true });
  });
});
