// One parsed font program per bundled file and process, shared by measuring (metrics.ts) and by every
// document drawn (pdfkit accepts a fontkit font in place of a path), so a file is read and parsed once.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";

const faces = new Map<string, fontkit.Font>();

type GlyphCache = { _glyphs: Record<number, fontkit.Glyph | undefined> };

/**
 * fontkit keeps one Glyph per glyph id for the life of the font, carrying the code points it was first
 * asked for, and pdfkit writes those code points into each document's ToUnicode CMap. A subset asks for
 * the components of composite glyphs by id alone (the "a" and "s" inside "á" and "ş"), so on a face
 * shared across documents such a component, once met that way, kept no code points: every later
 * document drew "a" in that face with no text behind it, and text extraction lost the letter.
 * A glyph asked for by id alone is therefore handed out without being kept; only a lookup by
 * character (which names the code points) fills the cache, whatever was rendered before.
 */
function keepCodePoints(face: fontkit.Font): void {
  const cache = (face as unknown as GlyphCache)._glyphs;
  if (typeof cache !== "object" || cache === null) throw new Error("fontkit font without a glyph cache");
  const getGlyph = face.getGlyph.bind(face);
  face.getGlyph = (id: number, characters: number[] = []) => {
    if (characters.length > 0 || cache[id]) return getGlyph(id, characters);
    const glyph = getGlyph(id, characters);
    delete cache[id];
    return glyph;
  };
}

export function openFace(path: string): fontkit.Font {
  let face = faces.get(path);
  if (!face) {
    const opened = fontkit.create(readFileSync(path));
    if (!("glyphsForString" in opened)) throw new Error(`${path} is a font collection, not one font`);
    face = opened;
    keepCodePoints(face);
    faces.set(path, face);
  }
  return face;
}
