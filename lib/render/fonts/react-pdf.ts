// react-pdf's global font store, for code that draws with react-pdf (the font tests compare against
// it). The renderer draws with pdfkit and never imports this: loading @react-pdf/renderer cost every
// render process about 0.35 s of CPU at start for nothing.
import { Font } from "@react-pdf/renderer";
import { faceFiles, bundledFaces, configuredFaces } from "./registry";
import type { FontStyle } from "./catalog";

let bundled = false;
const registeredConfigured = new Set<string>();

/**
 * Registers every bundled face, and each face `font_dirs` has added since, with react-pdf, and turns
 * hyphenation off, so words are never split and output does not depend on hyphenation dictionaries.
 * Idempotent.
 */
export function registerBundledFonts(): void {
  if (!bundled) {
    Font.registerHyphenationCallback((word) => [word]);
    const families = new Map<string, { src: string; fontWeight: number; fontStyle: FontStyle }[]>();
    for (const face of bundledFaces()) {
      for (const file of faceFiles(face)) {
        const list = families.get(file.family) ?? [];
        list.push({ src: file.path, fontWeight: face.weight, fontStyle: face.fontStyle });
        // CJK fonts have no italics; italic text falls back to the upright face, as browsers draw it.
        if (face.cjk) list.push({ src: file.path, fontWeight: face.weight, fontStyle: "italic" });
        families.set(file.family, list);
      }
    }
    for (const [family, fonts] of families) Font.register({ family, fonts });
    bundled = true;
  }
  for (const face of configuredFaces()) {
    if (registeredConfigured.has(face.family)) continue;
    Font.register({ family: face.family, src: face.files[0]! });
    registeredConfigured.add(face.family);
  }
}
