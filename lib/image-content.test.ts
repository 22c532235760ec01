import { describe, expect, it } from "vitest";
import { inspectImage } from "@/lib/image-content";
import { JPEG_3X2, SVG, jpegClaiming, makePng } from "@/tests/helpers/image-fixtures";

describe("image content checks (§9.4)", () => {
  it("reads PNG and JPEG dimensions from the header", async () => {
    expect(await inspectImage(makePng(5, 4))).toEqual({ ok: true, info: { format: "png", width: 5, height: 4 } });
    expect(await inspectImage(JPEG_3X2)).toEqual({ ok: true, info: { format: "jpg", width: 3, height: 2 } });
  });

  it.each([
    ["a PNG header above 40 megapixels", makePng(2, 2, { width: 8000, height: 5001 }), "limit is 40 megapixels"],
    ["a JPEG header above 40 megapixels", jpegClaiming(10000, 4001), "limit is 40 megapixels"],
    ["SVG", SVG, "SVG images are not supported"],
    ["bare <svg>", Buffer.from("<svg><script>alert(1)</script></svg>"), "SVG images are not supported"],
    ["HTML", Buffer.from("<!doctype html><title>not an image</title>"), "not a PNG or JPEG"],
    ["GIF", Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"), "not a PNG or JPEG"],
    ["an empty body", Buffer.alloc(0), "empty"],
    ["a truncated PNG", makePng(20, 20).subarray(0, 60), "truncated"],
    ["a PNG cut before IEND", makePng(20, 20).subarray(0, -12), "truncated"],
    ["a truncated JPEG", JPEG_3X2.subarray(0, 300), "truncated"],
    ["a JPEG without its end marker", JPEG_3X2.subarray(0, -2), "truncated"],
  ])("rejects %s", async (_label, bytes, message) => {
    const r = await inspectImage(bytes);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.message).toContain(message);
  });

  it("holds a PNG to a decoded-size budget: 36 MP of 16-bit RGBA is refused, 22 MP of 8-bit RGB is not", async () => {
    const deep = makePng(2, 2, { width: 6000, height: 6000 });
    deep.writeUInt8(16, 24); // bit depth
    deep.writeUInt8(6, 25); // RGBA
    const r = await inspectImage(deep);
    expect(r).toEqual({
      ok: false,
      message:
        "PNG decodes to 275 MB (6000×6000, 16-bit, 4 channels); the limit is 64 MB: save it as 8-bit, without transparency, or smaller",
    });
    // 5,000 × 4,400 8-bit RGB (63 MB decoded) still passes the header check.
    const fits = await inspectImage(makePng(2, 2, { width: 5000, height: 4400 }));
    expect(fits.ok ? "" : fits.message).not.toContain("decodes to");
  });

  it("rejects a PNG whose compressed pixels are corrupt or short", async () => {
    const png = makePng(20, 20);
    const idat = png.indexOf("IDAT") + 4;
    const corrupt = Buffer.from(png);
    corrupt.fill(0xaa, idat + 2, idat + 20);
    expect((await inspectImage(corrupt)).ok).toBe(false);
    const shortPixels = makePng(20, 10, { width: 20, height: 20 });
    expect(await inspectImage(shortPixels)).toEqual({ ok: false, message: "PNG image data is truncated" });
  });
});
