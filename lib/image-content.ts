// Content checks for every image, rendered (§9.4) or uploaded (lib/assets/upload.ts): the type comes
// from magic bytes, dimensions from the header before anything is decoded, and the compressed data is
// checked for truncation so a broken file becomes an `image_error` instead of a failed render.
import { createInflate } from "node:zlib";

export const MAX_IMAGE_PIXELS = 40_000_000;
/**
 * A JPEG is embedded in the PDF as it is, but a PNG is decoded to raw samples (and its alpha split
 * off) by the renderer, at several times its decoded size: a 304 KB, 40-megapixel 16-bit PNG grew a
 * render process to 1.19 GB. So a PNG is also held to a budget of decoded bytes, which bounds the
 * child's memory whatever its heap cap (decoded buffers live outside the V8 heap).
 */
export const MAX_PNG_DECODED_BYTES = 64 * 1024 * 1024;

export type ImageInfo = { format: "png" | "jpg"; width: number; height: number };
export type ContentResult = { ok: true; info: ImageInfo } | { ok: false; message: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function fail(message: string): ContentResult {
  return { ok: false, message };
}

function sniffOther(buf: Buffer): string {
  const head = buf.subarray(0, 512).toString("latin1").trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")) || head.includes("<svg")) {
    return "SVG images are not supported; use PNG or JPEG";
  }
  return "not a PNG or JPEG image";
}

/** Byte count zlib produces for `data`, without keeping the output; rejects on corrupt or cut-off data. */
function inflatedLength(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflate();
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) inflate.destroy(new Error("image data larger than its header says"));
    });
    inflate.on("error", reject);
    inflate.on("end", () => resolve(total));
    inflate.end(data);
  });
}

async function checkPng(buf: Buffer): Promise<ContentResult> {
  if (buf.length < 33 || buf.toString("latin1", 12, 16) !== "IHDR") return fail("truncated PNG header");
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const depth = buf.readUInt8(24);
  const colorType = buf.readUInt8(25);
  const interlaced = buf.readUInt8(28) === 1;
  if (width === 0 || height === 0) return fail("PNG has zero width or height");
  if (width * height > MAX_IMAGE_PIXELS) return fail(`image is ${width}×${height} pixels; the limit is 40 megapixels`);
  if (!PNG_DEPTHS[colorType]?.includes(depth)) return fail("PNG header is invalid");
  const channels = PNG_CHANNELS[colorType] ?? 1;
  const decoded = width * height * channels * Math.max(1, depth / 8);
  if (decoded > MAX_PNG_DECODED_BYTES) {
    const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
    return fail(
      `PNG decodes to ${mb(decoded)} (${width}×${height}, ${depth}-bit, ${channels} channel${channels === 1 ? "" : "s"}); ` +
        `the limit is ${mb(MAX_PNG_DECODED_BYTES)}: save it as 8-bit, without transparency, or smaller`,
    );
  }

  const idat: Buffer[] = [];
  let pos = 8;
  let ended = false;
  let palette = false;
  while (pos + 12 <= buf.length) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    if (pos + 12 + length > buf.length) break;
    if (type === "IDAT") idat.push(buf.subarray(pos + 8, pos + 8 + length));
    if (type === "PLTE") palette = true;
    pos += 12 + length;
    if (type === "IEND") {
      ended = true;
      break;
    }
  }
  if (!ended || idat.length === 0) return fail("PNG file is truncated");
  if (colorType === 3 && !palette) return fail("PNG palette is missing");

  const rowBytes = Math.ceil((width * depth * (PNG_CHANNELS[colorType] ?? 1)) / 8);
  const expected = height * (rowBytes + 1);
  // Adam7 passes add per-pass filter bytes, so interlaced images only get an upper bound.
  const upper = interlaced ? expected + 7 * (height + 8) : expected;
  try {
    const produced = await inflatedLength(Buffer.concat(idat), upper);
    if (!interlaced && produced < expected) return fail("PNG image data is truncated");
  } catch {
    return fail("PNG image data is corrupt");
  }
  return { ok: true, info: { format: "png", width, height } };
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function checkJpeg(buf: Buffer): ContentResult {
  let pos = 2;
  let size: { width: number; height: number } | undefined;
  while (pos + 4 <= buf.length) {
    if (buf[pos] !== 0xff) return fail("JPEG structure is corrupt");
    const marker = buf[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    const length = buf.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > buf.length) return fail("JPEG file is truncated");
    if (SOF.has(marker)) {
      if (length < 7) return fail("JPEG header is invalid");
      size = { height: buf.readUInt16BE(pos + 5), width: buf.readUInt16BE(pos + 7) };
      if (size.width === 0 || size.height === 0) return fail("JPEG has zero width or height");
      if (size.width * size.height > MAX_IMAGE_PIXELS) {
        return fail(`image is ${size.width}×${size.height} pixels; the limit is 40 megapixels`);
      }
    }
    if (marker === 0xda) {
      if (!size) return fail("JPEG header is invalid");
      // Entropy-coded data follows; a complete file ends with an EOI marker after it.
      const eoi = buf.lastIndexOf(Buffer.from([0xff, 0xd9]));
      if (eoi < pos + 2 + length) return fail("JPEG file is truncated");
      return { ok: true, info: { format: "jpg", ...size } };
    }
    pos += 2 + length;
  }
  return fail("JPEG file is truncated");
}

/** Decides the image type by its bytes and checks it is complete and within the pixel limit. */
export async function inspectImage(buf: Buffer): Promise<ContentResult> {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(PNG_SIGNATURE)) return checkPng(buf);
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return checkJpeg(buf);
  if (buf.length === 0) return fail("image is empty");
  return fail(sniffOther(buf));
}
