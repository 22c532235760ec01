// Reads the set of code points a TrueType or WOFF 1.0 font maps to a real glyph (glyph id ≠ 0).
// Coverage has to be known synchronously while text is laid out, and before react-pdf has loaded
// anything, so the cmap table is parsed here directly instead of going through fontkit.
import { inflateSync } from "node:zlib";

type TableLocator = (tag: string) => Buffer | undefined;

function sfntTables(buf: Buffer): TableLocator {
  const numTables = buf.readUInt16BE(4);
  return (tag) => {
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      if (buf.toString("latin1", rec, rec + 4) !== tag) continue;
      const offset = buf.readUInt32BE(rec + 8);
      const length = buf.readUInt32BE(rec + 12);
      return buf.subarray(offset, offset + length);
    }
    return undefined;
  };
}

function woffTables(buf: Buffer): TableLocator {
  const numTables = buf.readUInt16BE(12);
  return (tag) => {
    for (let i = 0; i < numTables; i++) {
      const rec = 44 + i * 20;
      if (buf.toString("latin1", rec, rec + 4) !== tag) continue;
      const offset = buf.readUInt32BE(rec + 4);
      const compLength = buf.readUInt32BE(rec + 8);
      const origLength = buf.readUInt32BE(rec + 12);
      const raw = buf.subarray(offset, offset + compLength);
      // WOFF stores a table uncompressed when compression would not make it smaller.
      return compLength < origLength ? inflateSync(raw) : raw;
    }
    return undefined;
  };
}

function addFormat4(sub: Buffer, out: Set<number>): void {
  const segCount = sub.readUInt16BE(6) / 2;
  const endBase = 14;
  const startBase = endBase + segCount * 2 + 2;
  const deltaBase = startBase + segCount * 2;
  const rangeBase = deltaBase + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = sub.readUInt16BE(endBase + s * 2);
    const start = sub.readUInt16BE(startBase + s * 2);
    const delta = sub.readUInt16BE(deltaBase + s * 2);
    const rangeOffsetPos = rangeBase + s * 2;
    const rangeOffset = sub.readUInt16BE(rangeOffsetPos);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (cp + delta) & 0xffff;
      } else {
        // idRangeOffset is relative to its own position in the table (OpenType cmap format 4).
        const at = rangeOffsetPos + rangeOffset + (cp - start) * 2;
        if (at + 2 > sub.length) continue;
        const raw = sub.readUInt16BE(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(cp);
    }
  }
}

function addFormat12(sub: Buffer, out: Set<number>): void {
  const groups = sub.readUInt32BE(12);
  for (let g = 0; g < groups; g++) {
    const rec = 16 + g * 12;
    const start = sub.readUInt32BE(rec);
    const end = sub.readUInt32BE(rec + 4);
    const startGlyph = sub.readUInt32BE(rec + 8);
    for (let cp = start; cp <= end; cp++) {
      if (startGlyph + (cp - start) !== 0) out.add(cp);
    }
  }
}

/** Code points with a glyph in `fontFile` (TTF/OTF or WOFF 1.0 bytes). Throws on unreadable input. */
export function readCoverage(fontFile: Buffer): Set<number> {
  const signature = fontFile.toString("latin1", 0, 4);
  const table = signature === "wOFF" ? woffTables(fontFile) : sfntTables(fontFile);
  const cmap = table("cmap");
  if (!cmap) throw new Error("font has no cmap table");
  const numSubtables = cmap.readUInt16BE(2);
  let best: { score: number; offset: number; format: number } | undefined;
  for (let i = 0; i < numSubtables; i++) {
    const rec = 4 + i * 8;
    const platform = cmap.readUInt16BE(rec);
    const encoding = cmap.readUInt16BE(rec + 2);
    const offset = cmap.readUInt32BE(rec + 4);
    const format = cmap.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    // A full-repertoire format 12 table is a superset of the BMP-only format 4 one.
    const score = format === 12 ? 2 : 1;
    if (!best || score > best.score) best = { score, offset, format };
  }
  if (!best) throw new Error("font has no Unicode cmap subtable");
  const out = new Set<number>();
  const sub = cmap.subarray(best.offset);
  if (best.format === 12) addFormat12(sub, out);
  else addFormat4(sub, out);
  return out;
}
