// Widget conformance checks (§3) that users see in the rendered result: diagnostics (code, severity,
// path) and the PDF's text and links, read back from the produced file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStructure } from "./pdf-structure";
import { FONTCONFIG_ENV } from "./raster";
import { renderYaml, type CaseOptions } from "./render-case";

const doc = (widgets: string, profile = "remarkable-2") => `schema_version: "1.0"
metadata: {name: spec, category: test, created: "2026-01-01", profile: ${profile}, locale: en}
canvas: {dimensions: {width: 447.3, height: 596.4, margins: [0, 0, 0, 0]}}
widgets:
${widgets}
`;

/** Words on page 1 with their boxes, from poppler's `pdftotext -bbox`. */
function words(bytes: Uint8Array): { text: string; x: number; y: number; w: number; h: number }[] {
  const dir = mkdtempSync(join(tmpdir(), "inkset-spec-"));
  try {
    writeFileSync(join(dir, "in.pdf"), bytes);
    const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", join(dir, "in.pdf"), "-"], { env: FONTCONFIG_ENV }).toString();
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: m[5] ?? "",
      x: Number(m[1]),
      y: Number(m[2]),
      w: Number(m[3]) - Number(m[1]),
      h: Number(m[4]) - Number(m[2]),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function failure(yaml: string, opts: CaseOptions = {}) {
  const err: unknown = await renderYaml(yaml, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toMatchObject({ name: "TemplateRenderError" });
  return (err as { diagnostics: { severity: string; code: string; path: string; widget_id?: string }[] }).diagnostics;
}

describe("image (§3.10, §2.9)", () => {
  const missing = doc(`  - {id: img, type: image, position: {x: 10, y: 10, width: 100, height: 80}}`);
  const unloadable = doc(
    `  - {id: img, type: image, position: {x: 10, y: 10, width: 100, height: 80}, properties: {image_data: "bm90IGFuIGltYWdl"}}`,
  );

  it("non-strict: a missing or undecodable image is an image_error warning and a placeholder", async () => {
    for (const yaml of [missing, unloadable]) {
      const { result } = await renderYaml(yaml);
      expect(
        result.diagnostics
          .filter((d) => d.code === "image_error" || d.code === "widget_failed")
          .map((d) => [d.code, d.severity, d.widget_id]),
      ).toEqual([["image_error", "warning", "img"]]);
    }
  });

  it("strict: the same problems are image_error errors, not widget_failed", async () => {
    for (const yaml of [missing, unloadable]) {
      const diagnostics = await failure(yaml, { strict: true });
      expect(
        diagnostics.filter((d) => d.code === "image_error" || d.code === "widget_failed").map((d) => [d.code, d.severity, d.widget_id]),
      ).toEqual([["image_error", "error", "img"]]);
    }
  });
});

describe("link_list (§3.17)", () => {
  it("skips items whose destination is empty or ends with ':'; the others keep their slots", async () => {
    const yaml = doc(`  - {id: t, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home"}}
  - {id: l, type: link_list, position: {x: 10, y: 10, width: 300, height: 150}, properties: {labels: [Alpha, Bravo, Charlie], destinations: ["home", "day:", "home"], background_color: "#EEEEEE"}}`);
    const { bytes, result } = await renderYaml(yaml);
    const text = words(bytes).map((w) => w.text);
    expect(text).toEqual(["Alpha", "Charlie"]);
    const charlie = words(bytes).find((w) => w.text === "Charlie");
    // Slot 3 of 3 (rows of 50 pt): the label is centred in y 110–160.
    expect((charlie?.y ?? 0) + (charlie?.h ?? 0) / 2).toBeGreaterThan(125);
    expect(result.diagnostics.filter((d) => d.code === "link_suppressed").map((d) => d.widget_id)).toEqual(["l_1"]);
    expect((await readStructure(bytes)).links).toHaveLength(2);
  });
});

describe("weekly calendar (§3.15, §7.7)", () => {
  const weekly = (props: string) =>
    doc(`  - {id: home, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home"}}
  - {id: cal, type: calendar, position: {x: 10, y: 10, width: 300, height: 200}, properties: {calendar_type: weekly, start_date: "2026-03-04", ${props}}}`);

  it("vertical layout: every day row is at least cell_min_size tall", async () => {
    const { bytes } = await renderYaml(
      weekly(`layout_orientation: vertical, cell_min_size: 40, link_strategy: named_destinations, link_template: "home"`),
    );
    const rows = (await readStructure(bytes)).links.map((l) => Math.round((l.rect[3]! - l.rect[1]!) * 10) / 10);
    expect(rows).toEqual([40, 40, 40, 40, 40, 40, 40]);
  });

  it("the hour grid runs from time_start_hour to time_end_hour, even when they are less than an hour apart", async () => {
    const { bytes } = await renderYaml(
      weekly(
        `show_time_grid: true, show_time_gutter: true, time_start_hour: 8.5, time_end_hour: 9, time_slot_minutes: 10, time_label_interval: 10`,
      ),
    );
    expect(
      words(bytes)
        .filter((w) => /^\d\d:\d\d$/.test(w.text))
        .map((w) => w.text),
    ).toEqual(["08:30", "08:40", "08:50"]);
  });

  it("highlight_today without a today option is ignored with a warning, as in the monthly layout", async () => {
    for (const type of ["weekly", "monthly"]) {
      const { result } = await renderYaml(weekly(`highlight_today: true`).replace("calendar_type: weekly", `calendar_type: ${type}`));
      expect(result.diagnostics.filter((d) => d.widget_id === "cal" && d.severity === "warning").map((d) => d.message)).toEqual([
        "highlight_today ignored: no 'today' render option",
      ]);
    }
  });
});

describe("max_gray_fill_area (§7.5)", () => {
  it("counts a checkbox's non-white fill", async () => {
    const yaml = `schema_version: "1.0"
metadata: {name: spec, category: test, created: "2026-01-01", profile: remarkable-2}
canvas: {dimensions: {width: 100, height: 100, margins: [0, 0, 0, 0]}}
widgets:
  - {id: cb, type: checkbox, position: {x: 0, y: 0, width: 100, height: 100}, properties: {box_size: 50}, styling: {fill_color: "#DDDDDD"}}
`;
    const { result } = await renderYaml(yaml);
    expect(result.diagnostics.filter((d) => d.code === "gray_fill_area").map((d) => [d.page, d.severity])).toEqual([[1, "info"]]);
  });
});
