// Rasterising for golden tests: poppler's pdftoppm at 50 dpi in grey, and a minimal decoder for the
// 8-bit greyscale PNGs it writes (no dependency needed for that one format).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { unfilter } from "@/lib/render/grayscale";

export function rasterise(pdf: Uint8Array): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), "inkset-golden-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "50", "-gray", "-png", join(dir, "in.pdf"), join(dir, "p")]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Grey = { width: number; height: number; data: Uint8Array };

export function decodeGreyPng(png: Buffer): Grey {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString("latin1", pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      // pdftoppm -gray -png writes grey pixels as 8-bit RGB; plain grey is accepted too.
      if (body[8] !== 8 || (body[9] !== 0 && body[9] !== 2) || body[12] !== 0) throw new Error("expected 8-bit grey or RGB, non-interlaced PNG");
      channels = body[9] === 2 ? 3 : 1;
    } else if (type === "IDAT") idat.push(body);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bytes = unfilter(raw, width, height, channels);
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = bytes[i * channels] ?? 0;
  return { width, height, data };
}

/** Fraction of pixels differing by more than `threshold` grey levels; 1 when sizes differ. */
export function diffFraction(a: Grey, b: Grey, threshold = 32): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let off = 0;
  for (let i = 0; i < a.data.length; i++) if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > threshold) off++;
  return off / a.data.length;
}
