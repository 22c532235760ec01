// One parsed font program per bundled file and process, shared by measuring (metrics.ts) and by every
// document drawn (pdfkit accepts a fontkit font in place of a path), so a file is read and parsed once.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";

const faces = new Map<string, fontkit.Font>();

export function openFace(path: string): fontkit.Font {
  let face = faces.get(path);
  if (!face) {
    const opened = fontkit.create(readFileSync(path));
    if (!("glyphsForString" in opened)) throw new Error(`${path} is a font collection, not one font`);
    face = opened;
    faces.set(path, face);
  }
  return face;
}
