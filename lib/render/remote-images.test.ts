import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocument } from "@/lib/render/render";

// The server's REMOTE_IMAGES / IMAGE_HOSTS reach the loader through RenderRequest.images. No fetch is
// attempted here: both cases are refused before any DNS lookup or connection.
const yaml = `schema_version: "1.0"
metadata: {name: remote, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 300, height: 220, margins: [0, 0, 0, 0]}}
widgets:
  - {id: m, type: image, position: {x: 10, y: 10, width: 130, height: 90}, properties: {image_src: "https://images.example.invalid/x.png"}}
`;

async function imageDiagnostic(images?: { remoteImages?: "off" | "allowlist"; imageHosts?: string[] }) {
  const outputPath = path.join(mkdtempSync(path.join(tmpdir(), "inkset-remote-")), "out.pdf");
  const result = await renderDocument({ yaml, outputPath, strict: false, deterministic: true, maxPages: 10, images });
  return result.diagnostics.find((d) => d.code === "image_error");
}

describe("remote images policy", () => {
  it("is off unless the server enables it", async () => {
    expect((await imageDiagnostic())?.message).toMatch(/remote images are turned off/);
  });

  it("with the allowlist on, still refuses hosts that are not listed", async () => {
    const diagnostic = await imageDiagnostic({ remoteImages: "allowlist", imageHosts: ["cdn.example.com"] });
    expect(diagnostic?.message).not.toMatch(/turned off/);
    expect(diagnostic?.path).toBe("widgets[0].properties.image_src");
  });
});
