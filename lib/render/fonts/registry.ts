// Bundled faces with their resolved files and lazy glyph coverage, and the faces `font_dirs` adds.
import { readFileSync } from "node:fs";
import { BUNDLED_FACES, faceKeys, subsetFamily, type FaceDef, type FontStyle } from "./catalog";
import { readCoverage } from "./cmap";
import { generatedFile, packageFile } from "./paths";

export type FaceFile = { family: string; path: string; key: string };

function installed(face: FaceDef): boolean {
  if (!face.cjk) return true;
  try {
    for (const spec of face.files) packageFile(spec);
    return true;
  } catch {
    return false; // the optional CJK pack is not installed
  }
}

/** Bundled faces whose files are here: every required face, and the CJK pack when installed. */
const FACES: readonly FaceDef[] = BUNDLED_FACES.filter(installed);

const byKey = new Map<string, FaceDef>();
for (const face of FACES) for (const key of faceKeys(face)) byKey.set(key, face);

/** The bundled or configured face a §8.2 key names, if any. */
export function faceByKey(key: string): FaceDef | undefined {
  return byKey.get(key);
}

const configured: FaceDef[] = [];

/** Adds a configured face under `keys`; keys already taken (bundled fonts first) are left alone. */
export function addConfiguredFace(face: FaceDef, keys: readonly string[]): boolean {
  const free = keys.filter((k) => k !== "" && !byKey.has(k));
  if (free.length === 0) return false;
  for (const key of free) byKey.set(key, face);
  configured.push(face);
  return true;
}

/** The faces `font_dirs` added, in the order they were added. */
export function configuredFaces(): readonly FaceDef[] {
  return configured;
}

/** The bundled faces whose files are installed. */
export function bundledFaces(): readonly FaceDef[] {
  return FACES;
}

/** The face of `family` with this weight and style, else its Regular. */
export function faceOf(family: string, weight: number, fontStyle: FontStyle): FaceDef | undefined {
  const members = FACES.filter((f) => f.family === family);
  return members.find((f) => f.weight === weight && f.fontStyle === fontStyle) ?? members.find((f) => f.style === "Regular");
}

/**
 * The CJK pack faces that stand in for a face of `weight` (§8.3: after DejaVu Sans), Japanese first
 * unless the document's locale is Chinese, so Han characters take the shapes its readers expect.
 */
export function cjkFallbacks(weight: number, locale: string | undefined): FaceDef[] {
  const bold = weight >= 600 ? 700 : 400;
  const order = locale?.toLowerCase().startsWith("zh") ? ["zh", "ja"] : ["ja", "zh"];
  return order.flatMap((cjk) => FACES.filter((f) => f.cjk === cjk && f.weight === bold));
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

/** Family names of the bundled faces (without the hidden subset families). */
export function bundledFamilies(): string[] {
  return [...new Set(FACES.map((f) => f.family))];
}
