// Rasterising for golden tests: poppler's pdftoppm at 50 dpi in grey, decoded with pngjs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";

// Poppler substitutes the (non-embedded) base-14 fonts from the machine's fonts; pin them.
export const FONTCONFIG_ENV = { ...process.env, FONTCONFIG_FILE: resolve("tests/golden/fonts.conf") };

export function rasterise(pdf: Uint8Array): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), "inkset-golden-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "50", "-gray", "-png", join(dir, "in.pdf"), join(dir, "p")], { env: FONTCONFIG_ENV });
    return readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Grey = { width: number; height: number; data: Uint8Array };

/** The first channel of each pixel of pdftoppm's `-gray` output (grey, written as grey or RGB). */
export function decodeGreyPng(png: Buffer): Grey {
  const { width, height, data: rgba } = PNG.sync.read(png);
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4] ?? 0;
  return { width, height, data };
}

/** Fraction of pixels differing by more than `threshold` grey levels; 1 when sizes differ. */
export function diffFraction(a: Grey, b: Grey, threshold = 32): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let off = 0;
  for (let i = 0; i < a.data.length; i++) if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > threshold) off++;
  return off / a.data.length;
}
