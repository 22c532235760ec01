// Fonts from the `font_dirs` render option (§7.8, §8.2). Each file is one face named after its file
// name, the way einkpdf named fonts: `JetBrainsMonoNL-MediumItalic.ttf` answers to
// "JetBrainsMonoNL-MediumItalic" and "Jet Brains Mono NL Medium Italic" (same §8.2 key).
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { bundledFamilies, addConfiguredFace } from "./registry";
import { SANS, fontKey, type FaceDef } from "./catalog";
import { readCoverage } from "./cmap";

// WOFF2 is left out: fontkit 2.0.4 cannot subset WOFF2 fonts with composite glyphs.
const FONT_FILE = /\.(ttf|otf|woff)$/i;

export type FontDirsResult = { registered: string[]; skipped: { file: string; reason: string }[] };

const seen = new Set<string>();

/**
 * Registers every TTF/OTF/WOFF file in `dirs` (not recursive; files in name order so the outcome
 * does not depend on directory order). A name already used by a bundled or earlier font is skipped.
 * Safe to call again with the same folders.
 */
export function registerFontDirs(dirs: readonly string[]): FontDirsResult {
  const result: FontDirsResult = { registered: [], skipped: [] };
  const taken = new Set(bundledFamilies());
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => FONT_FILE.test(n))
        .sort();
    } catch {
      result.skipped.push({ file: dir, reason: "folder cannot be read" });
      continue;
    }
    for (const name of names) {
      const file = realpathSync(path.join(dir, name));
      if (seen.has(file)) continue;
      seen.add(file);
      const stem = name.replace(FONT_FILE, "");
      if (!statSync(file).isFile() || taken.has(stem)) {
        result.skipped.push({ file: name, reason: "name already in use" });
        continue;
      }
      try {
        readCoverage(readFileSync(file));
      } catch {
        result.skipped.push({ file: name, reason: "not a readable font" });
        continue;
      }
      const face: FaceDef = {
        family: stem,
        style: "Regular",
        weight: 400,
        fontStyle: "normal",
        files: [file],
        fallbackFamily: SANS,
        configured: true,
      };
      const key = fontKey(stem);
      const keys = key.endsWith("regular") ? [key, key.slice(0, -"regular".length)] : [key];
      if (!addConfiguredFace(face, keys)) {
        result.skipped.push({ file: name, reason: "name already in use" });
        continue;
      }
      taken.add(stem);
      result.registered.push(stem);
    }
  }
  return result;
}
