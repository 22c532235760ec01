// Local references: inline data, asset roots and everything §9.1 refuses. No network is involved.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement as h } from "react";
import { Document, Image, Page, renderToBuffer } from "@react-pdf/renderer";
import { afterAll, describe, expect, it } from "vitest";
import { createImageLoader, type LoadedImage } from "./loader";
import { JPEG_3X2, SVG, makePng } from "@/tests/helpers/image-fixtures";

const tmp = mkdtempSync(path.join(os.tmpdir(), "inkset-assets-"));
const root = path.join(tmp, "root");
const outside = path.join(tmp, "outside");
mkdirSync(path.join(root, "sub"), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(root, "logo.png"), makePng(4, 4));
writeFileSync(path.join(root, "sub", "photo.jpg"), JPEG_3X2);
writeFileSync(path.join(root, "drawing.png"), SVG); // mislabelled by its name
writeFileSync(path.join(root, "..dots.png"), makePng(3, 3)); // a name that starts with "..", not a ".." segment
writeFileSync(path.join(outside, "secret.png"), makePng(2, 2));
symlinkSync(path.join(outside, "secret.png"), path.join(root, "escape.png"));
symlinkSync(outside, path.join(root, "linked-dir"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PATH = "widgets[0].properties.image_src";

function message(r: LoadedImage): string {
  if (r.ok) throw new Error("expected a rejection");
  return r.diagnostic.message;
}

describe("inline image data", () => {
  const loader = createImageLoader({ strict: false });

  it("accepts raw base64 in image_data and data URIs in either field", async () => {
    const png = makePng(3, 3);
    const raw = await loader.load(png.toString("base64"), "widgets[0].properties.image_data", { field: "image_data" });
    expect(raw).toMatchObject({ ok: true, format: "png", width: 3, height: 3 });
    const uri = await loader.load(`data:image/jpeg;base64,${JPEG_3X2.toString("base64")}`, PATH);
    expect(uri).toMatchObject({ ok: true, format: "jpg", width: 3, height: 2 });
  });

  it("decides the type by bytes, not by the declared type", async () => {
    const r = await loader.load(`data:image/png;base64,${JPEG_3X2.toString("base64")}`, PATH);
    expect(r).toMatchObject({ ok: true, format: "jpg" });
  });

  it.each([
    ["an SVG data URI", `data:image/svg+xml;base64,${SVG.toString("base64")}`, "only base64 PNG or JPEG data URIs"],
    ["SVG bytes labelled PNG", `data:image/png;base64,${SVG.toString("base64")}`, "SVG images are not supported"],
    ["a non-base64 data URI", "data:image/png,%89PNG", "only base64 PNG or JPEG data URIs"],
    ["broken base64", "data:image/png;base64,@@@@", "not valid base64"],
  ])("rejects %s without echoing the data", async (_label, ref, expected) => {
    const r = await loader.load(ref, PATH);
    expect(r.ok).toBe(false);
    expect(message(r)).toContain(expected);
    expect(message(r)).toContain("inline image data");
    expect(message(r)).not.toContain("base64,");
  });

  it("rejects data above the byte limit before decoding", async () => {
    const small = createImageLoader({ strict: false, maxImageBytes: 100 });
    expect(message(await small.load(makePng(40, 40).toString("base64"), PATH, { field: "image_data" }))).toContain("larger than 100 bytes");
  });

  it("gives embeddable bytes that react-pdf draws", async () => {
    const png = await loader.load(`data:image/png;base64,${makePng(6, 6).toString("base64")}`, PATH);
    const jpg = await loader.load(`data:image/jpeg;base64,${JPEG_3X2.toString("base64")}`, PATH);
    if (!png.ok || !jpg.ok) throw new Error("fixtures must load");
    const doc = h(
      Document,
      null,
      h(
        Page,
        { size: [200, 200] },
        h(Image, { src: { data: png.data, format: png.format }, style: { width: 60, height: 60 } }),
        h(Image, { src: { data: jpg.data, format: jpg.format }, style: { width: 60, height: 40 } }),
      ),
    );
    const pdf = (await renderToBuffer(doc)).toString("latin1");
    expect(pdf.match(/\/Subtype \/Image/g)?.length).toBe(2);
    expect(pdf).toContain("/DCTDecode");
  });
});

describe("asset references (§9.2)", () => {
  const loader = createImageLoader({ strict: false, assetRoots: [path.join(tmp, "missing-root"), root] });

  it.each(["asset:logo.png", "logo.png", "asset:sub/photo.jpg", "sub/photo.jpg", "./logo.png", "asset:..dots.png"])(
    "loads %s",
    async (ref) => {
      expect((await loader.load(ref, PATH)).ok).toBe(true);
    },
  );

  it.each([
    ["file:///etc/passwd", '"file:" references are not allowed'],
    ["file:logo.png", '"file:" references are not allowed'],
    ["/etc/passwd", "absolute paths are not allowed"],
    ["asset:/etc/passwd", "absolute paths are not allowed"],
    ["C:\\Windows\\win.ini", "absolute paths are not allowed"],
    ["\\\\server\\share\\x.png", "absolute paths are not allowed"],
    ["~/x.png", "absolute paths are not allowed"],
    ["../outside/secret.png", "'..' segments are not allowed"],
    ["asset:sub/../../outside/secret.png", "'..' segments are not allowed"],
    ["sub\\..\\..\\outside\\secret.png", "'..' segments are not allowed"],
    ["escape.png", "resolves outside its asset folder"],
    ["linked-dir/secret.png", "resolves outside its asset folder"],
    ["ftp://example.com/x.png", '"ftp:" references are not allowed'],
    ["javascript:alert(1)", '"javascript:" references are not allowed'],
    ["nothere.png", "not found in the asset folders"],
    ["sub", "asset is not a file"],
    ["drawing.png", "SVG images are not supported"],
  ])("rejects %s", async (ref, expected) => {
    const r = await loader.load(ref, PATH, { widgetId: "img1" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic).toMatchObject({ severity: "warning", code: "image_error", path: PATH, widget_id: "img1" });
    expect(r.diagnostic.message).toContain(expected);
    // The reference is named as written; the resolved location never appears.
    expect(r.diagnostic.message).not.toContain(tmp);
  });

  it("refuses asset names when no asset roots are configured", async () => {
    const none = createImageLoader({ strict: true });
    const r = await none.load("logo.png", PATH);
    expect(r.ok ? null : r.diagnostic).toMatchObject({ severity: "error", code: "image_error" });
    expect(message(r)).toContain("need configured asset folders");
  });

  it("refuses URLs while remote images are off", async () => {
    expect(message(await loader.load("https://images.example/x.png", PATH))).toBe(
      'image "https://images.example/x.png": remote images are turned off',
    );
  });
});

describe("uploaded asset files (the hosted app's per-render map)", () => {
  // Paths the parent process chose; the template only ever names the key.
  const files = { "logo.png": path.join(root, "logo.png"), "big.png": path.join(root, "sub", "photo.jpg") };

  it("resolves names through the map only, by exact name", async () => {
    const loader = createImageLoader({ strict: false, assetFiles: files });
    expect(await loader.load("asset:logo.png", PATH)).toMatchObject({ ok: true, format: "png", width: 4, height: 4 });
    expect(await loader.load("logo.png", PATH)).toMatchObject({ ok: true, format: "png" });
    for (const ref of ["asset:Logo.png", "asset:sub/photo.jpg", "asset:constructor", "asset:__proto__", "asset:toString"]) {
      expect(message(await loader.load(ref, PATH))).toBe(`image ${JSON.stringify(ref)}: no uploaded asset has this name`);
    }
  });

  it("an empty map refuses every name without looking at the file system", async () => {
    const loader = createImageLoader({ strict: false, assetFiles: {} });
    expect(message(await loader.load("asset:logo.png", PATH))).toBe('image "asset:logo.png": no uploaded asset has this name');
  });

  it("applies maxAssetBytes to mapped files, and the content checks still run", async () => {
    const small = createImageLoader({ strict: false, assetFiles: files, maxAssetBytes: 10 });
    expect(message(await small.load("asset:logo.png", PATH))).toContain("larger than 10 bytes");
    const svg = createImageLoader({ strict: false, assetFiles: { "d.png": path.join(root, "drawing.png") } });
    expect(message(await svg.load("asset:d.png", PATH))).toContain("SVG images are not supported");
  });

  it("leaves remote and inline references as they were", async () => {
    const loader = createImageLoader({ strict: false, assetFiles: files });
    expect(message(await loader.load("https://images.example/x.png", PATH))).toContain("remote images are turned off");
    expect(await loader.load(`data:image/jpeg;base64,${JPEG_3X2.toString("base64")}`, PATH)).toMatchObject({ ok: true, format: "jpg" });
  });
});
