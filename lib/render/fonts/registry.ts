// Bundled faces with their resolved files, lazy glyph coverage, and registration with react-pdf.
import { readFileSync } from "node:fs";
import { Font } from "@react-pdf/renderer";
import { BUNDLED_FACES, faceKeys, subsetFamily, type FaceDef, type FontStyle } from "./catalog";
import { readCoverage } from "./cmap";
import { generatedFile, packageFile } from "./paths";

export type FaceFile = { family: string; path: string; key: string };

const byKey = new Map<string, FaceDef>();
for (const face of BUNDLED_FACES) for (const key of faceKeys(face)) byKey.set(key, face);

/** The bundled or configured face a §8.2 key names, if any. */
export function faceByKey(key: string): FaceDef | undefined {
  return byKey.get(key);
}

/** Adds a configured face under `keys`; keys already taken (bundled fonts first) are left alone. */
export function addConfiguredFace(face: FaceDef, keys: readonly string[]): boolean {
  const free = keys.filter((k) => k !== "" && !byKey.has(k));
  if (free.length === 0) return false;
  for (const key of free) byKey.set(key, face);
  return true;
}

/** The face of `family` with this weight and style, else its Regular. */
export function faceOf(family: string, weight: number, fontStyle: FontStyle): FaceDef | undefined {
  const members = BUNDLED_FACES.filter((f) => f.family === family);
  return (
    members.find((f) => f.weight === weight && f.fontStyle === fontStyle) ??
    members.find((f) => f.style === "Regular")
  );
}

const filesCache = new Map<FaceDef, FaceFile[]>();

/** The face's files in lookup order, each with the react-pdf family it is registered under. */
export function faceFiles(face: FaceDef): FaceFile[] {
  let files = filesCache.get(face);
  if (!files) {
    files = face.files.map((spec, i) => ({
      family: subsetFamily(face, i),
      path: face.configured ? spec : face.generated ? generatedFile(spec) : packageFile(spec),
      key: `${subsetFamily(face, i)}|${face.weight}|${face.fontStyle}`,
    }));
    filesCache.set(face, files);
  }
  return files;
}

const coverageCache = new Map<string, Set<number>>();

/** Code points the file has glyphs for; read once per file and process. */
export function coverage(file: FaceFile): Set<number> {
  let set = coverageCache.get(file.path);
  if (!set) {
    set = readCoverage(readFileSync(file.path));
    coverageCache.set(file.path, set);
  }
  return set;
}

let registered = false;

/**
 * Registers every bundled face with react-pdf's global font store and turns hyphenation off, so
 * words are never split and output does not depend on hyphenation dictionaries. Idempotent.
 */
export function registerBundledFonts(): void {
  if (registered) return;
  Font.registerHyphenationCallback((word) => [word]);
  const families = new Map<string, { src: string; fontWeight: number; fontStyle: FontStyle }[]>();
  for (const face of BUNDLED_FACES) {
    for (const file of faceFiles(face)) {
      const list = families.get(file.family) ?? [];
      list.push({ src: file.path, fontWeight: face.weight, fontStyle: face.fontStyle });
      families.set(file.family, list);
    }
  }
  for (const [family, fonts] of families) Font.register({ family, fonts });
  registered = true;
}

/** Family names registered by registerBundledFonts (without the hidden subset families). */
export function bundledFamilies(): string[] {
  return [...new Set(BUNDLED_FACES.map((f) => f.family))];
}
