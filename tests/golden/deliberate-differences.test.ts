// §1.4 items whose proof is in the rendered PDF and had no test of their own: D17 (weekly calendar links
// across a year boundary), D18 (day_list weekend shading with a Sunday start), D27 (overflow reported),
// D28 (table max_lines counts wrapped lines).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStructure } from "./pdf-structure";
import { FONTCONFIG_ENV, decodeGreyPng, rasterise } from "./raster";
import { renderYaml } from "./render-case";

const doc = (widgets: string) => `schema_version: "1.0"
metadata: {name: diffs, category: test, created: "2026-01-01", profile: remarkable-2, locale: en}
canvas: {dimensions: {width: 300, height: 400, margins: [0, 0, 0, 0]}}
widgets:
${widgets}
`;

/** Words on page 1 with the top of their box, from poppler's `pdftotext -bbox`. */
function words(bytes: Uint8Array): { text: string; y: number }[] {
  const dir = mkdtempSync(join(tmpdir(), "inkset-diffs-"));
  try {
    writeFileSync(join(dir, "in.pdf"), bytes);
    const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", join(dir, "in.pdf"), "-"], { env: FONTCONFIG_ENV }).toString();
    return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      text: m[2] ?? "",
      y: Number(m[1]),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("D17: weekly calendar links", () => {
  it("links all seven days of a week that crosses into the next year", async () => {
    const days = ["2025-12-29", "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"];
    const anchors = days
      .map(
        (d, i) =>
          `  - {id: a${i}, type: anchor, position: {x: 0, y: ${300 + i * 10}, width: 1, height: 1}, properties: {dest_id: "day:${d}"}}`,
      )
      .join("\n");
    const { bytes, result } = await renderYaml(
      doc(`${anchors}
  - {id: cal, type: calendar, position: {x: 10, y: 10, width: 280, height: 200}, properties: {calendar_type: weekly, start_date: "2025-12-29", link_strategy: named_destinations, link_template: "day:{date}"}}`),
    );
    expect(result.diagnostics.filter((d) => d.code === "link_dropped")).toEqual([]);
    const linked = (await readStructure(bytes)).links.map((l) => l.dest).filter((d) => d.startsWith("day:"));
    expect(linked.sort()).toEqual(days.map((d) => `day:${d}`));
  });
});

describe("D18: day_list weekends", () => {
  it("shades Saturday and Sunday, not Friday, when the week starts on Sunday", async () => {
    // February 2026 starts on a Sunday: row 0 is Sunday the 1st, row 5 Friday the 6th, row 6 Saturday the 7th.
    const { bytes } = await renderYaml(
      doc(
        `  - {id: d, type: day_list, position: {x: 0, y: 0, width: 300, height: 400}, properties: {start_date: "2026-02", row_height: 20, first_day_of_week: sunday, highlight_weekends: true, weekend_color: "#808080", show_notes_lines: false}}`,
      ),
    );
    const page = decodeGreyPng(rasterise(bytes)[0] as Buffer);
    const scale = 50 / 72;
    // A point at the right end of the row, away from the day number and weekday name.
    const grey = (row: number) => page.data[Math.round((row * 20 + 10) * scale) * page.width + Math.round(280 * scale)] ?? 0;
    const shaded = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((row) => grey(row) < 200);
    expect(shaded).toEqual([true, false, false, false, false, false, true, true, false]);
  });
});

describe("D27: text overflow", () => {
  it("reports an oversized block as text_overflow (info) with its path and widget id", async () => {
    const { result } = await renderYaml(
      doc(
        `  - {id: small, type: text_block, position: {x: 10, y: 10, width: 100, height: 20}, content: "one two three four five six seven eight nine ten", styling: {size: 12}}`,
      ),
    );
    expect(result.diagnostics.filter((d) => d.code === "text_overflow")).toEqual([
      expect.objectContaining({ severity: "info", code: "text_overflow", path: "widgets[0]", widget_id: "small" }),
    ]);
  });
});

describe("D28: table max_lines", () => {
  it("counts wrapped lines, not only explicit newlines", async () => {
    const cell = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
    const table = (maxLines: number) =>
      doc(
        `  - {id: t, type: table, position: {x: 10, y: 10, width: 80, height: 300}, properties: {rows: 1, columns: 1, has_header: false, max_lines: ${maxLines}, table_data: [["${cell}"]]}}`,
      );
    const lines = (ws: { y: number }[]) => new Set(ws.map((w) => Math.round(w.y))).size;
    const all = words((await renderYaml(table(20))).bytes).filter((w) => cell.includes(w.text));
    expect(lines(all)).toBeGreaterThan(2); // the cell really wraps
    const two = words((await renderYaml(table(2))).bytes).filter((w) => cell.includes(w.text));
    expect(lines(two)).toBe(2);
    expect(two.map((w) => w.text)).toEqual(all.slice(0, two.length).map((w) => w.text));
    expect(two.length).toBeLessThan(all.length);
  });
});
