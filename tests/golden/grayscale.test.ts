// convert_to_grayscale in a rendered PDF: a red JPEG and a red 16-bit PNG come out grey (R = G = B
// in the colour raster), while the same images without the option stay red.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderYaml } from "./render-case";

const SIZE = 32;
const red = () => {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let i = 0; i < SIZE * SIZE; i++) rgba.set([220, 30, 30, 255], i * 4);
  return rgba;
};
const redJpeg = jpeg.encode({ data: red(), width: SIZE, height: SIZE }, 95).data.toString("base64");
const redPng16 = (() => {
  const image = new PNG({ width: SIZE, height: SIZE });
  image.data = Buffer.from(Uint16Array.from(red(), (v) => v * 257).buffer);
  return PNG.sync.write(image, { colorType: 2, bitDepth: 16, inputHasAlpha: true }).toString("base64");
})();

function template(grey: boolean) {
  const widget = (id: string, x: number, data: string) =>
    `  - {id: ${id}, type: image, position: {x: ${x}, y: 20, width: 100, height: 100}, properties: {image_data: "${data}", image_fit: stretch, convert_to_grayscale: ${grey}}}`;
  return [
    `schema_version: "1.0"`,
    `metadata: {name: grey, category: test, created: "2026-01-01", profile: boox-note-air-4c}`,
    `canvas: {dimensions: {width: 300, height: 200, margins: [0, 0, 0, 0]}}`,
    `widgets:`,
    widget("jpg", 20, redJpeg),
    widget("png16", 160, redPng16),
  ].join("\n");
}

/** RGB of the pixel at PDF point (x, y) from top-left, rasterised in colour at 72 dpi. */
function pixelsAt(pdf: Uint8Array, points: [number, number][]): number[][] {
  const dir = mkdtempSync(join(tmpdir(), "inkset-grey-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "72", "-png", "-singlefile", join(dir, "in.pdf"), join(dir, "p")]);
    const png = PNG.sync.read(readFileSync(join(dir, "p.png")));
    return points.map(([x, y]) => {
      const i = (y * png.width + x) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("convert_to_grayscale (rendered)", () => {
  it("draws JPEG and 16-bit PNG images in grey, without any diagnostic", async () => {
    const { bytes, result } = await renderYaml(template(true));
    expect(result.diagnostics.filter((d) => d.code === "image_error")).toEqual([]);
    for (const [r, g, b] of pixelsAt(bytes, [
      [70, 70],
      [210, 70],
    ])) {
      expect(Math.abs(r! - g!)).toBeLessThanOrEqual(3);
      expect(Math.abs(g! - b!)).toBeLessThanOrEqual(3);
      expect(r).toBeGreaterThan(70); // luminance of (220, 30, 30) ≈ 87, not black
      expect(r).toBeLessThan(110);
    }
  });

  it("leaves the colours alone without the option", async () => {
    const { bytes } = await renderYaml(template(false));
    for (const [r, g] of pixelsAt(bytes, [
      [70, 70],
      [210, 70],
    ]))
      expect(r! - g!).toBeGreaterThan(150);
  });
});
