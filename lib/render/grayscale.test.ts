// convert_to_grayscale: every PNG flavour and JPEG becomes the §7.5 luminance, alpha survives,
// and input that does not decode is refused (the widget then reports it and embeds the original).
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { toGrey } from "./grayscale";

const RED_GREEN_BLUE = [
  [255, 0, 0, 255],
  [0, 255, 0, 255],
  [0, 0, 255, 255],
];
const LUMINANCE = [76, 150, 29]; // round(0.299·255), round(0.587·255), round(0.114·255)

function png(pixels: number[][], options: Parameters<typeof PNG.sync.write>[1] = {}): Uint8Array {
  const image = new PNG({ width: pixels.length, height: 1 });
  // pngjs takes 16-bit input as native-endian 16-bit samples (255 → 65535).
  image.data = options.bitDepth === 16 ? Buffer.from(Uint16Array.from(pixels.flat(), (v) => v * 257).buffer) : Buffer.from(pixels.flat());
  return new Uint8Array(PNG.sync.write(image, options));
}

function decodePng(data: Uint8Array) {
  const buf = Buffer.from(data);
  return { png: PNG.sync.read(buf), colorType: buf[25], bitDepth: buf[24] };
}

const greys = (rgba: Uint8Array | Buffer) => Array.from({ length: rgba.length / 4 }, (_, i) => rgba[i * 4]);

describe("toGrey", () => {
  it("converts 8-bit RGB pixels to luminance and writes a grey PNG", () => {
    const out = decodePng(toGrey(png(RED_GREEN_BLUE, { colorType: 2 }), "png")!);
    expect(out.colorType).toBe(0);
    expect(greys(out.png.data)).toEqual(LUMINANCE);
  });

  it("handles 16-bit PNGs (scaled to 8 bits) the old decoder refused", () => {
    const out = decodePng(toGrey(png(RED_GREEN_BLUE, { colorType: 6, bitDepth: 16 }), "png")!);
    expect(out.bitDepth).toBe(8);
    expect(greys(out.png.data)).toEqual(LUMINANCE);
  });

  it("keeps transparency as grey + alpha", () => {
    const out = decodePng(toGrey(png([[10, 20, 30, 128]], { colorType: 6 }), "png")!);
    expect(out.colorType).toBe(4);
    expect([...out.png.data]).toEqual([18, 18, 18, 128]); // round(0.299·10 + 0.587·20 + 0.114·30) = round(18.15)
  });

  it("converts JPEG and stays a JPEG", () => {
    const width = 16;
    const rgba = Buffer.alloc(width * width * 4);
    for (let i = 0; i < width * width; i++) rgba.set([200, 40, 40, 255], i * 4);
    const source = jpeg.encode({ data: rgba, width, height: width }, 95).data;
    const grey = toGrey(new Uint8Array(source), "jpg")!;
    expect([...grey.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const decoded = jpeg.decode(grey, { useTArray: true });
    const [r, g, b] = decoded.data;
    // JPEG is lossy: the pixel is grey (R = G = B within rounding) near round(0.299·200 + 0.587·40 + 0.114·40) = 88.
    expect(Math.abs(r! - g!)).toBeLessThanOrEqual(2);
    expect(Math.abs(g! - b!)).toBeLessThanOrEqual(2);
    expect(Math.abs(r! - 88)).toBeLessThanOrEqual(4);
  });

  it("refuses what it cannot decode", () => {
    expect(toGrey(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), "jpg")).toBeUndefined();
    expect(toGrey(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), "png")).toBeUndefined();
  });
});
