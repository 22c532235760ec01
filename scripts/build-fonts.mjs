// Unpacks the JetBrains Mono faces (§8.1) from the npm package's WOFF2 files into TrueType files in
// dist/fonts/: fontkit cannot subset WOFF2 fonts (composite glyphs break), and the package ships no
// TTFs. Runs on install and before every build of the render worker; files already there are kept.
// Each file is written to a temp name and renamed, so a reader never sees half a font.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "fonts");

export async function buildFonts() {
  const { decompress } = require("wawoff2");
  const source = path.join(path.dirname(require.resolve("jetbrains-mono/package.json")), "fonts", "webfonts");
  mkdirSync(out, { recursive: true });
  let written = 0;
  for (const name of readdirSync(source)
    .filter((n) => n.endsWith(".woff2"))
    .sort()) {
    const target = path.join(out, name.replace(/\.woff2$/, ".ttf"));
    if (existsSync(target)) continue;
    const ttf = Buffer.from(await decompress(readFileSync(path.join(source, name))));
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, ttf);
    renameSync(temp, target);
    written++;
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await buildFonts();
  if (written > 0) console.error(`build:fonts: ${written} JetBrains Mono faces unpacked to dist/fonts`);
}
