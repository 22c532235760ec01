// image convert_to_grayscale (§3.10): every PNG (any bit depth, palette, interlaced) and JPEG is
// decoded, each pixel becomes the §7.5 luminance L = round(0.299 R + 0.587 G + 0.114 B), and the
// image is re-encoded in its own format (PNG keeps alpha as grey + alpha; JPEG at quality 92).
// The loader has already checked type and dimensions (§9.4), so decoding here is bounded.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";

export type ImageFormat = "png" | "jpg";

const JPEG_QUALITY = 92;
// Mirrors the 40-megapixel ceiling of §9.4; jpeg-js refuses anything larger on its own.
const MAX_MEGAPIXELS = 40;

function toLuminance(rgba: Uint8Array): boolean {
  let opaque = true;
  for (let i = 0; i < rgba.length; i += 4) {
    const l = Math.round(0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0));
    rgba[i] = rgba[i + 1] = rgba[i + 2] = l;
    if (rgba[i + 3] !== 255) opaque = false;
  }
  return opaque;
}

function pngToGrey(data: Uint8Array): Uint8Array {
  const png = PNG.sync.read(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  const opaque = toLuminance(png.data);
  // colorType 0 = grey, 4 = grey + alpha; pngjs averages R, G and B, which are equal by now.
  return new Uint8Array(PNG.sync.write(png, { colorType: opaque ? 0 : 4, inputColorType: 6, inputHasAlpha: true }));
}

function jpegToGrey(data: Uint8Array): Uint8Array {
  const image = jpeg.decode(data, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS });
  toLuminance(image.data);
  return new Uint8Array(jpeg.encode({ data: image.data, width: image.width, height: image.height }, JPEG_QUALITY).data);
}

/** The grey version of a PNG or JPEG, or `undefined` when it cannot be decoded (reported by the caller). */
export function toGrey(data: Uint8Array, format: ImageFormat): Uint8Array | undefined {
  try {
    return format === "png" ? pngToGrey(data) : jpegToGrey(data);
  } catch {
    return undefined;
  }
}
