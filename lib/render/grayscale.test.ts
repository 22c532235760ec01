// convert_to_grayscale: PNG pixels become the §7.5 luminance, alpha survives, non-PNG input is refused.
import { crc32, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeGreyPng } from "@/tests/golden/raster";
import { pngToGrey } from "./grayscale";

function png(type: number, width: number, rows: number[][]): Uint8Array {
  const chunk = (kind: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(kind, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows.length, 4);
  ihdr[8] = 8;
  ihdr[9] = type;
  const raw = Buffer.concat(rows.map((r) => Buffer.from([0, ...r])));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]));
}

describe("pngToGrey", () => {
  it("converts RGB pixels to luminance", () => {
    const grey = pngToGrey(png(2, 3, [[255, 0, 0, 0, 255, 0, 0, 0, 255]]));
    expect(grey).toBeDefined();
    expect([...decodeGreyPng(Buffer.from(grey ?? [])).data]).toEqual([76, 150, 29]);
  });

  it("keeps alpha as grey + alpha", () => {
    const grey = pngToGrey(png(6, 1, [[10, 20, 30, 128]])) ?? new Uint8Array();
    expect(grey[25]).toBe(4);
  });

  it("refuses what it cannot decode", () => {
    expect(pngToGrey(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined();
  });
});
