// The server's FONT_DIRS and ASSET_ROOTS (§7.8 font_dirs, asset_roots) in the real render child:
// a font from a configured folder is embedded by its file name, an `asset:` name is read from a
// configured folder, and without the configuration both fall back with a diagnostic.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderInFreshChild } from "@/tests/helpers/jobs";
import type { RenderRequest } from "@/lib/render-contract/child-protocol";
import { makePng } from "@/tests/helpers/image-fixtures";

let dir: string;
let fonts: string;
let assets: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "inkset-server-folders-"));
  fonts = path.join(dir, "fonts");
  assets = path.join(dir, "assets");
  mkdirSync(fonts);
  mkdirSync(assets);
  const dejavu = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf", "DejaVuSerif.ttf");
  copyFileSync(dejavu, path.join(fonts, "HouseSerif.ttf"));
  writeFileSync(path.join(assets, "logo.png"), makePng(8, 6));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template = `schema_version: "1.0"
metadata: {name: Folders, category: test, created: "2026-01-01", profile: boox-note-air-4c}
canvas: {dimensions: {width: 300, height: 200, margins: [0, 0, 0, 0]}}
widgets:
  - {id: t, type: text_block, content: "House font", position: {x: 10, y: 10, width: 200, height: 30}, styling: {font: "House Serif", size: 14}}
  - {id: i, type: image, position: {x: 10, y: 60, width: 80, height: 60}, properties: {image_src: "asset:logo.png"}}
`;

async function render(env: Record<string, string>, outputPath: string) {
  const request: RenderRequest = {
    type: "render",
    yaml: template,
    outputPath,
    options: { strict: false, deterministic: true, maxPages: 10 },
  };
  const messages = await renderInFreshChild({ PDF_SPARE_WARMUP_MS: "0", ...env }, request);
  const done = messages.find((m) => m.type === "done");
  if (done?.type !== "done") throw new Error(`render failed: ${JSON.stringify(messages.at(-1))}`);
  return done.result;
}

describe("server font and asset folders", () => {
  it("embeds a font from FONT_DIRS and reads an asset from ASSET_ROOTS", async () => {
    const out = path.join(dir, "configured.pdf");
    const result = await render({ FONT_DIRS: fonts, ASSET_ROOTS: assets }, out);
    expect(result.diagnostics.filter((d) => d.code === "font_fallback" || d.code === "image_error")).toEqual([]);
    expect(execFileSync("pdffonts", [out], { encoding: "utf8" })).toMatch(/DejaVuSerif/);
    expect(execFileSync("pdfimages", ["-list", out], { encoding: "utf8" })).toMatch(/\n\s*1\s+0\s+image\s+8\s+6\s/);
  });

  it("falls back with diagnostics when the folders are not configured", async () => {
    const out = path.join(dir, "plain.pdf");
    const result = await render({ FONT_DIRS: "", ASSET_ROOTS: "" }, out);
    expect(
      result.diagnostics
        .map((d) => d.code)
        .filter((c) => c === "font_fallback" || c === "image_error")
        .sort(),
    ).toEqual(["font_fallback", "image_error"]);
    expect(execFileSync("pdffonts", [out], { encoding: "utf8" })).not.toMatch(/DejaVuSerif/);
  });
});
