// Text layout shared by every widget that draws text (§3.3): greedy wrapping at spaces, character
// breaking for over-long words, em-block centring, top alignment and bottom clipping on overflow (D27).
import { textWidth } from "./metrics";
import type { Painter } from "./painter";
import type { Rect } from "./model";
import { fontRuns, type FontSpec } from "./text-font";
import { encodeSymbolic, isSymbolicFont } from "./fonts/symbolic";
import { openFace } from "./fonts/face";
import type { Orientation, TextAlign } from "@/lib/templates/types";

export type { Orientation };
export type Align = TextAlign;

export type TextStyle = {
  /** The template font; faces are chosen per drawn string (text-font.ts). */
  font: FontSpec;
  size: number;
  color: string;
  align: Align;
  lineHeight: number;
  underline: boolean;
  underlineMin: number;
};

export type PlacedLine = { text: string; x: number; baseline: number; width: number };

/** Advance width of `text`, summing per-face runs when characters fall back to another face. */
export function measureText(font: FontSpec, size: number, text: string): number {
  let w = 0;
  for (const r of fontRuns(font, text)) w += textWidth(r.src, r.key, size, r.text);
  return w;
}

export function wrapText(text: string, font: FontSpec, size: number, maxWidth: number): string[] {
  const out: string[] = [];
  const measure = (s: string) => measureText(font, size, s);
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(" ");
    let line = "";
    for (const word of words) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (measure(candidate) <= maxWidth || (line === "" && word === "")) {
        line = candidate;
        continue;
      }
      if (line !== "") out.push(line);
      line = "";
      // A word wider than the line is broken between characters.
      let rest = word;
      while (rest !== "" && measure(rest) > maxWidth) {
        let cut = 1;
        while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= maxWidth) cut++;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

/** Lines placed in a frame of size w×h at the origin; `overflow` when the block is taller than h. */
export function placeLines(lines: string[], style: TextStyle, w: number, h: number): { lines: PlacedLine[]; overflow: boolean } {
  const leading = style.size * Math.max(0.8, style.lineHeight);
  const block = style.size + (lines.length - 1) * leading;
  const overflow = block > h + 1e-6;
  const first = overflow ? style.size : (h - block) / 2 + style.size;
  const placed = lines.map((text, i) => {
    const width = measureText(style.font, style.size, text);
    const x = style.align === "center" ? (w - width) / 2 : style.align === "right" ? w - width : 0;
    return { text, x, baseline: first + i * leading, width };
  });
  return { lines: placed, overflow };
}

// One glyph per character, advance widths only (§3.3): no kerning, and no ligatures or contextual
// alternates (einkpdf drew one glyph per character; a ligature glyph such as JetBrains Mono's "->"
// makes search and copy on the device find the wrong characters). metrics.ts measures the same way.
export const ONE_GLYPH_PER_CHARACTER = { kern: false, liga: false, clig: false, calt: false, dlig: false };

/** Paint already placed lines inside `rect`, rotated per orientation and clipped to the rect. */
export function paintLines(p: Painter, rect: Rect, orientation: Orientation, lines: PlacedLine[], style: TextStyle): void {
  p.save();
  p.rect(rect.x, rect.y, rect.width, rect.height).clip();
  if (orientation === "vertical_cw") p.translate(rect.x + rect.width, rect.y).rotate(90);
  else if (orientation === "vertical_ccw") p.translate(rect.x, rect.y + rect.height).rotate(-90);
  else p.translate(rect.x, rect.y);
  p.fillColor(style.color);
  for (const l of lines) {
    let x = l.x;
    for (const r of fontRuns(style.font, l.text)) {
      if (r.text === "") continue;
      if (r.standard) {
        p.font(r.src).fontSize(style.size);
        p.text(isSymbolicFont(r.src) ? encodeSymbolic(r.src, r.text) : r.text, x, l.baseline, { lineBreak: false, baseline: "alphabetic" });
      } else {
        // The parsed face is shared by all documents; `key` names it so each document embeds it once.
        p.font(openFace(r.src), r.key).fontSize(style.size);
        p.text(r.text, x, l.baseline, { lineBreak: false, baseline: "alphabetic", features: ONE_GLYPH_PER_CHARACTER });
      }
      x += textWidth(r.src, r.key, style.size, r.text);
    }
  }
  if (style.underline) {
    const t = Math.max(0.05 * style.size, style.underlineMin);
    for (const l of lines) {
      if (l.width <= 0) continue;
      const uy = l.baseline + 0.1 * style.size;
      p.rect(l.x, uy - t / 2, l.width, t);
    }
    p.fill(style.color);
  }
  p.restore();
}

/** Frame size for an orientation: vertical text lays out in an h×w frame (§3.3 step 8). */
export function frameFor(rect: Rect, orientation: Orientation): { w: number; h: number } {
  return orientation === "horizontal" ? { w: rect.width, h: rect.height } : { w: rect.height, h: rect.width };
}
