import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createElement as h } from "react";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { afterAll, describe, expect, it } from "vitest";
import { registerFontDirs } from "./font-dirs";
import { registerBundledFonts } from "./react-pdf";
import { resolveFont } from "./resolve";

const dir = mkdtempSync(path.join(os.tmpdir(), "inkset-fonts-"));
const mono = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf");
copyFileSync(mono, path.join(dir, "AcmeMonoNL-MediumItalic.ttf"));
copyFileSync(mono, path.join(dir, "MyHand-Regular.ttf"));
copyFileSync(mono, path.join(dir, "DejaVuSans.ttf")); // same key as a bundled face
writeFileSync(path.join(dir, "Broken.ttf"), "not a font");
writeFileSync(path.join(dir, "notes.txt"), "ignored");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("font_dirs (§7.8)", () => {
  it("registers fonts by file name and skips clashes and unreadable files", () => {
    registerBundledFonts();
    const first = registerFontDirs([dir, path.join(dir, "missing")]);
    expect(first.registered).toEqual(["AcmeMonoNL-MediumItalic", "MyHand-Regular"]);
    expect(first.skipped).toEqual([
      { file: "Broken.ttf", reason: "not a readable font" },
      { file: "DejaVuSans.ttf", reason: "name already in use" },
      { file: path.join(dir, "missing"), reason: "folder cannot be read" },
    ]);
    expect(registerFontDirs([dir]).registered).toEqual([]);
  });

  it.each([
    ["Acme Mono NL Medium Italic", "AcmeMonoNL-MediumItalic"],
    ["AcmeMonoNL-MediumItalic", "AcmeMonoNL-MediumItalic"],
    ["My Hand", "MyHand-Regular"],
    ["MyHand Regular", "MyHand-Regular"],
    ["DejaVu Sans", "DejaVu Sans"],
  ])("resolves %j to %s", (name, family) => {
    const r = resolveFont(name, "abc", { strict: true });
    expect(r.diagnostics).toEqual([]);
    expect(r.fontFamily[0]).toBe(family);
  });

  it("embeds a configured font in a real render", async () => {
    const r = resolveFont("My Hand", "configured", { strict: true });
    registerBundledFonts(); // react-pdf learns the faces font_dirs added
    const pdf = await renderToBuffer(h(Document, null, h(Page, null, h(Text, { style: { fontFamily: r.fontFamily } }, "configured"))));
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSansMono/);
  });
});
