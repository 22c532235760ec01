// "My template's page is not my device's page": what the editor tells the user, and the re-fit it
// offers. Pure and browser-safe. The canvas is authoritative for page size (§2.4), so choosing a
// device alone never resizes a template; re-fitting rewrites the canvas and scales every widget box, in place.
import { isScalar } from "yaml";
import { parseYaml } from "./yaml";
import { parseForEdit, setValues, type YamlPath } from "./yaml-edit";

export type Size = { width: number; height: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Where the document keeps its page size: `canvas` (template) or `default_canvas` (project). */
function canvasOf(doc: Record<string, unknown>): Record<string, unknown> | undefined {
  const canvas = isRecord(doc.canvas) ? doc.canvas : isRecord(doc.default_canvas) ? doc.default_canvas : undefined;
  return canvas && isRecord(canvas.dimensions) ? canvas.dimensions : undefined;
}

/** The document's own page size, or undefined (no canvas: the device's size is used anyway). */
export function documentCanvas(yaml: string): Size | undefined {
  const parsed = parseYaml(yaml);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const dims = canvasOf(parsed.value);
  const width = num(dims?.width);
  const height = num(dims?.height);
  return width && height ? { width, height } : undefined;
}

/** Same page within the renderer's 0.5-pt tolerance (§2.4 `canvas_profile_mismatch`). */
export const sameSize = (a: Size, b: Size) => Math.abs(a.width - b.width) <= 0.5 && Math.abs(a.height - b.height) <= 0.5;

const round = (n: number) => Math.round(n * 10) / 10;

type Edit = { path: YamlPath; value: number };

/** Edits that scale a widget list's boxes (only values written as numbers where they stand). */
function scaleWidgets(list: unknown, at: YamlPath, sx: number, sy: number, out: Edit[]) {
  if (!Array.isArray(list)) return;
  list.forEach((w, i) => {
    const box = isRecord(w) && isRecord(w.position) ? w.position : undefined;
    for (const [k, s] of [
      ["x", sx],
      ["y", sy],
      ["width", sx],
      ["height", sy],
    ] as const) {
      const v = num(box?.[k]);
      if (v !== undefined) out.push({ path: [...at, i, "position", k], value: round(v * s) });
    }
  });
}

/**
 * The document re-fitted to `target`: canvas size set, every widget position (page widgets,
 * masters' widgets) scaled by the same factors. Text sizes stay as they are. Only the digits of
 * the changed numbers are rewritten (yaml-edit's splices), so comments, key order and flow/block
 * style stay. Undefined when there is no canvas to re-fit.
 */
export function refitDocument(yaml: string, target: Size): string | undefined {
  const parsed = parseYaml(yaml);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const doc = parsed.value;
  const dims = canvasOf(doc);
  const width = num(dims?.width);
  const height = num(dims?.height);
  if (!dims || !width || !height) return undefined;
  const sx = target.width / width;
  const sy = target.height / height;
  const canvasKey = isRecord(doc.canvas) ? "canvas" : "default_canvas";
  const edits: Edit[] = [
    { path: [canvasKey, "dimensions", "width"], value: target.width },
    { path: [canvasKey, "dimensions", "height"], value: target.height },
  ];
  scaleWidgets(doc.widgets, ["widgets"], sx, sy, edits);
  (Array.isArray(doc.masters) ? doc.masters : []).forEach(
    (m, i) => isRecord(m) && scaleWidgets(m.widgets, ["masters", i, "widgets"], sx, sy, edits),
  );
  // A value reached through an alias or merge key is not a scalar where the path points; it keeps
  // its number (the canvas and every box written out in full still re-fit).
  const text = parseForEdit(yaml);
  const direct = edits.filter((e) => isScalar(text.getIn(e.path, true)));
  return setValues(yaml, direct);
}
