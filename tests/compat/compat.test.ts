// §10.10 compatibility corpus: einkpdf-style documents written for these tests, each rendered and
// compared with hand-written expectations (tests/compat/corpus/<name>.expected.json) on the §1.3
// points: page count and size, link annotations (page, nominal rectangle, destination name), named
// destinations (name, page, fit, coordinates) and text after token substitution. Links are rendered
// with `touch_targets: report` so annotation rectangles stay nominal (§4.4).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { byId, compileYaml, destinationsOf, errorsOf } from "@/tests/helpers/project-compile";
import { readStructure, type Structure } from "../golden/pdf-structure";
import { renderYaml } from "../golden/render-case";

type Rect = { x: number; y: number; width: number; height: number };
type Fit = "Fit" | "FitH" | "FitV" | "XYZ";
type Expected = {
  strict: boolean;
  /** Warning codes the strict render reports (sorted, unique); errors are never expected. */
  warnings: string[];
  page_count: number;
  page_size: { width: number; height: number };
  links: (Rect & { page: number; dest: string })[];
  destinations: { name: string; page: number; fit: Fit; x?: number; y?: number }[];
  text: Record<string, string[]>;
  absent_text?: Record<string, string[]>;
  compiled?: {
    widgets: (Rect & { id: string; page: number; to_dest?: string })[];
    destinations: { id: string; page: number }[];
  };
};

const CORPUS = fileURLToPath(new URL("./corpus/", import.meta.url));
const CASES = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.slice(0, -".yaml".length))
  .sort();

// readStructure rounds to 0.01 pt; expectations are written to at least that precision.
const TOLERANCE = 0.01;

/** Template rectangle (top-left origin) → PDF `[x0, y0, x1, y1]` (bottom-left origin), §2.5. */
function pdfRect(r: Rect, pageHeight: number): number[] {
  return [r.x, pageHeight - r.y - r.height, r.x + r.width, pageHeight - r.y];
}

/** Destination array arguments after the fit name, §4.2: top = page_height − y. */
function destArgs(d: Expected["destinations"][number], pageHeight: number): (number | null)[] {
  const top = pageHeight - (d.y ?? 0);
  if (d.fit === "FitH") return [top];
  if (d.fit === "FitV") return [d.x ?? 0];
  if (d.fit === "XYZ") return [d.x ?? 0, top, null];
  return [];
}

/** Replaces each actual number within TOLERANCE of its expected counterpart by it, so toEqual shows only real differences. */
function snap<T extends number | null>(actual: T[], expected: T[]): T[] {
  return actual.map((a, i) => {
    const e = expected[i];
    return typeof a === "number" && typeof e === "number" && Math.abs(a - e) <= TOLERANCE ? e : a;
  });
}

type PdfLink = { page: number; rect: number[]; dest: string };
const linkOrder = (a: PdfLink, b: PdfLink) =>
  a.page - b.page ||
  Math.round(((b.rect[3] ?? 0) - (a.rect[3] ?? 0)) * 10) ||
  Math.round(((a.rect[0] ?? 0) - (b.rect[0] ?? 0)) * 10) ||
  a.dest.localeCompare(b.dest);

function compareLinks(actual: Structure["links"], expected: Expected, pageHeight: number) {
  const want = expected.links.map((l) => ({ page: l.page, rect: pdfRect(l, pageHeight), dest: l.dest })).sort(linkOrder);
  const got = [...actual].sort(linkOrder).map((l, i) => ({ ...l, rect: snap(l.rect, want[i]?.rect ?? []) }));
  expect(got).toEqual(want);
}

function compareDestinations(actual: Structure["dests"], expected: Expected, pageHeight: number) {
  const want = Object.fromEntries(expected.destinations.map((d) => [d.name, { page: d.page, fit: d.fit, args: destArgs(d, pageHeight) }]));
  const got = Object.fromEntries(Object.entries(actual).map(([name, d]) => [name, { ...d, args: snap(d.args, want[name]?.args ?? []) }]));
  expect(got).toEqual(want);
}

function pageTexts(bytes: Uint8Array, pages: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "inkset-compat-"));
  try {
    const file = join(dir, "out.pdf");
    writeFileSync(file, bytes);
    return Array.from({ length: pages }, (_, i) =>
      execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), file, "-"], {
        encoding: "utf8",
      }).replace(/\s+/g, " "),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compareCompiled(yaml: string, compiled: NonNullable<Expected["compiled"]>) {
  const r = compileYaml(yaml, { strict: true });
  expect(errorsOf(r)).toEqual([]);
  for (const w of compiled.widgets) {
    const got = byId(r, w.id);
    const want: Record<string, unknown> = { id: w.id, page: w.page, position: { x: w.x, y: w.y, width: w.width, height: w.height } };
    if (w.to_dest !== undefined) want.to_dest = w.to_dest;
    const actual: Record<string, unknown> = { id: got?.id, page: got?.page, position: got?.position };
    if (w.to_dest !== undefined) actual.to_dest = got?.properties?.to_dest;
    expect(actual).toEqual(want);
  }
  expect(destinationsOf(r).map((d) => ({ id: d.id, page: d.page }))).toEqual(compiled.destinations);
}

describe("compatibility corpus (§10.10)", () => {
  it("has cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of CASES) {
    it(name, async () => {
      const yaml = readFileSync(join(CORPUS, `${name}.yaml`), "utf8");
      const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), "utf8")) as Expected;

      const { bytes, result } = await renderYaml(yaml, { strict: expected.strict, touchTargets: "report" });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const warnings = [...new Set(result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code))].sort();
      expect(warnings).toEqual(expected.warnings);

      const s = await readStructure(bytes);
      const { width, height } = expected.page_size;
      expect(s.pages).toEqual(Array.from({ length: expected.page_count }, () => ({ width, height })));
      compareLinks(s.links, expected, height);
      compareDestinations(s.dests, expected, height);

      const texts = pageTexts(bytes, expected.page_count);
      for (const [page, strings] of Object.entries(expected.text)) {
        for (const t of strings) expect(texts[Number(page) - 1], `page ${page} text`).toContain(t);
      }
      for (const [page, strings] of Object.entries(expected.absent_text ?? {})) {
        for (const t of strings) expect(texts[Number(page) - 1], `page ${page} text`).not.toContain(t);
      }

      if (expected.compiled) compareCompiled(yaml, expected.compiled);
    });
  }
});
