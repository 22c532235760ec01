// image convert_to_grayscale (§3.10): 8-bit PNGs are decoded, converted to grey with the §7.5 luminance
// L = round(0.299 R + 0.587 G + 0.114 B) (alpha kept) and re-encoded. Other inputs (JPEG, 16-bit or
// interlaced PNG) are returned unchanged so the caller can report it.
import { deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** Reverses PNG scanline filters (types 0–4); also used by the golden raster tests. */
export function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return out;
}

/** Grey version of an 8-bit, non-interlaced PNG, or `undefined` when the input is not one. */
export function pngToGrey(png: Uint8Array): Uint8Array | undefined {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) return undefined;
  let pos = 8;
  let width = 0;
  let height = 0;
  let type = -1;
  let palette: Buffer | undefined;
  const idat: Buffer[] = [];
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString("latin1", pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      type = body[9] ?? -1;
      if (body[8] !== 8 || body[12] !== 0) return undefined;
    } else if (kind === "PLTE") palette = body;
    else if (kind === "IDAT") idat.push(body);
    pos += 12 + len;
  }
  const bpp = CHANNELS[type];
  if (!bpp || width === 0 || height === 0 || (type === 3 && !palette)) return undefined;
  const px = unfilter(inflateSync(Buffer.concat(idat)), width, height, bpp);
  const alpha = type === 4 || type === 6;
  const outBpp = alpha ? 2 : 1;
  const raw = Buffer.alloc((width * outBpp + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * bpp;
      let r = px[i] ?? 0;
      let g = r;
      let b = r;
      if (type === 2 || type === 6) [g, b] = [px[i + 1] ?? 0, px[i + 2] ?? 0];
      if (type === 3 && palette) [r, g, b] = [palette[r * 3] ?? 0, palette[r * 3 + 1] ?? 0, palette[r * 3 + 2] ?? 0];
      const o = y * (width * outBpp + 1) + 1 + x * outBpp;
      raw[o] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (alpha) raw[o + 1] = px[i + bpp - 1] ?? 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 4 : 0;
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]));
}
