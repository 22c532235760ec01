// §10.2: the page size of a project rendered for each built-in profile, read back with poppler's
// `pdfinfo`, against the §7.4 table (the table is copied here on purpose: the test must not read the
// sizes from the code it checks).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderYaml } from "./render-case";

const SPEC_PAGE_PT: Record<string, [number, number]> = {
  "boox-go-10.3": [445.3, 593.8],
  "boox-go-color-7-landscape": [403.2, 303.4],
  "boox-go-color-7-portrait": [303.4, 403.2],
  "boox-max-13": [573.9, 765.2],
  "boox-note-air-3c": [445.3, 593.8],
  "boox-note-air-4c-landscape": [593.8, 445.3],
  "boox-note-air-4c-letter": [445.3, 593.8],
  "boox-note-air-4c": [445.3, 593.8],
  "boox-page": [303.4, 403.2],
  "boox-tab-mini-c": [449.3, 337.0],
  "boox-tab-ultra-c-landscape": [765.2, 573.9],
  "boox-tab-ultra-c-portrait": [573.9, 765.2],
  "kindle-paperwhite": [296.6, 395.5],
  "kindle-scribe": [446.4, 595.2],
  "kobo-clara-2e": [257.3, 347.5],
  "kobo-elipsa-2e": [445.3, 593.8],
  "kobo-libra-2": [303.4, 403.2],
  "kobo-sage": [345.6, 460.8],
  "remarkable-1": [447.3, 596.4],
  "remarkable-2": [447.3, 596.4],
  "remarkable-paper-pro-move-landscape": [462.5, 260.2],
  "remarkable-paper-pro-move-portrait": [260.2, 462.5],
  "remarkable-paper-pro": [509.3, 679.1],
  "supernote-a5x": [447.3, 596.4],
  "supernote-a6x": [337.0, 449.3],
  "supernote-manta": [460.8, 614.4],
  "supernote-nomad": [337.0, 449.3],
};

/** A one-page project without default_canvas, so the canvas is the profile's page (§2.4, §6.1). */
const project = (profile: string) => `metadata: {name: Sizes, category: test, device_profile: ${profile}}
masters:
  - name: p
    widgets:
      - {id: t, type: text_block, position: {x: 20, y: 20, width: 100, height: 30}, content: "${profile}"}
plan:
  calendar: {start_date: "2026-01-01", end_date: "2026-01-01"}
  order: [one]
  sections:
    - {kind: one, master: p, generate: once}
`;

function pdfinfoSize(bytes: Uint8Array): [number, number] {
  const dir = mkdtempSync(join(tmpdir(), "inkset-sizes-"));
  try {
    writeFileSync(join(dir, "in.pdf"), bytes);
    const out = execFileSync("pdfinfo", [join(dir, "in.pdf")]).toString();
    const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
    if (!m) throw new Error("pdfinfo printed no page size");
    return [Number(m[1]), Number(m[2])];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("page size per built-in profile (§7.4, pdfinfo)", () => {
  it.each(Object.entries(SPEC_PAGE_PT))("%s", async (profile, [width, height]) => {
    const { bytes, result } = await renderYaml(project(profile));
    expect(result.pageCount).toBe(1);
    const [w, h] = pdfinfoSize(bytes);
    // The table is rounded to 0.1 pt.
    expect(Math.abs(w - width)).toBeLessThanOrEqual(0.06);
    expect(Math.abs(h - height)).toBeLessThanOrEqual(0.06);
  });
});
