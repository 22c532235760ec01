// fontkit ships no TypeScript types; this declares the surface the renderer uses (fonts/face.ts).
declare module "fontkit" {
  export type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
  export type Font = {
    unitsPerEm: number;
    postscriptName: string;
    glyphsForString(text: string): Glyph[];
    hasGlyphForCodePoint(cp: number): boolean;
    getGlyph(id: number, characters?: number[]): Glyph;
    layout(text: string, features?: Record<string, boolean> | string[]): { glyphs: Glyph[]; advanceWidth: number };
  };
  export type FontCollection = { fonts: Font[] };
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
