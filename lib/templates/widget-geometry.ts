// Where each widget of a template or project sits, read from the YAML text with the path that edits
// it: the canvas draws a box per widget and writes moves back through lib/templates/yaml-edit.ts.
import { isRecord } from "./raw";
import { parseForEdit, type Rect, type YamlPath } from "./yaml-edit";

export type WidgetScope = { kind: "page"; page: number } | { kind: "master"; index: number; name: string };

export type EditableWidget = {
  id: string;
  type: string;
  path: YamlPath;
  scope: WidgetScope;
  /** Null when the position is not four plain numbers (the box is then read-only). */
  position: Rect | null;
  zOrder: number;
  value: Record<string, unknown>;
};

export type CanvasInfo = { width: number; height: number; margins: [number, number, number, number]; grid: number; snap: boolean };

export type WidgetDocument = {
  kind: "template" | "project";
  widgets: EditableWidget[];
  masters: { index: number; name: string; path: YamlPath }[];
  canvas: CanvasInfo | null;
};

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function rectOf(v: unknown): Rect | null {
  if (!isRecord(v)) return null;
  const [x, y, width, height] = [num(v.x), num(v.y), num(v.width), num(v.height)];
  return x === null || y === null || width === null || height === null ? null : { x, y, width, height };
}

function canvasOf(v: unknown): CanvasInfo | null {
  if (!isRecord(v) || !isRecord(v.dimensions)) return null;
  const d = v.dimensions;
  const width = num(d.width);
  const height = num(d.height);
  if (width === null || height === null) return null;
  const m =
    Array.isArray(d.margins) && d.margins.length === 4 && d.margins.every((x) => num(x) !== null)
      ? (d.margins as [number, number, number, number])
      : [36, 36, 36, 36];
  return { width, height, margins: m as [number, number, number, number], grid: num(v.grid_size) ?? 10, snap: v.snap_enabled !== false };
}

function widgetsIn(list: unknown, base: YamlPath, scope: (w: Record<string, unknown>) => WidgetScope): EditableWidget[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((w, i) =>
    isRecord(w)
      ? [
          {
            id: String(w.id ?? `#${i + 1}`),
            type: String(w.type ?? "?"),
            path: [...base, i],
            scope: scope(w),
            position: rectOf(w.position),
            zOrder: num(w.z_order) ?? 0,
            value: w,
          },
        ]
      : [],
  );
}

/** Null when the text is not a YAML mapping (the canvas then keeps its last boxes). */
export function readWidgetDocument(text: string): WidgetDocument | null {
  const doc = parseForEdit(text);
  if (doc.errors.length > 0) return null;
  const root: unknown = doc.toJS({ maxAliasCount: 100 });
  if (!isRecord(root)) return null;
  const masterList = Array.isArray(root.masters) ? root.masters : [];
  const project = isRecord(root.plan);
  const masters = masterList.flatMap((m, index) =>
    isRecord(m) ? [{ index, name: String((project ? m.name : m.id) ?? `#${index + 1}`), path: ["masters", index] as YamlPath }] : [],
  );
  const widgets: EditableWidget[] = [];
  if (!project) widgets.push(...widgetsIn(root.widgets, ["widgets"], (w) => ({ kind: "page", page: num(w.page) ?? 1 })));
  for (const m of masters) {
    const master = masterList[m.index] as Record<string, unknown>;
    widgets.push(...widgetsIn(master.widgets, [...m.path, "widgets"], () => ({ kind: "master", index: m.index, name: m.name })));
  }
  return { kind: project ? "project" : "template", widgets, masters, canvas: canvasOf(root.canvas) };
}

/** `masters["day"].widgets[2] [page 40]` or `masters[1].widgets[2]` or `widgets[3]` (renderer paths) → a YAML path. */
export function yamlPathOf(rendererPath: string, doc: WidgetDocument): YamlPath | null {
  const m = /^(?:masters\[(?:"((?:[^"\\]|\\.)*)"|(\d+))\]\.)?widgets\[(\d+)\]/.exec(rendererPath);
  if (!m) return null;
  const index = Number(m[3]);
  if (m[1] === undefined && m[2] === undefined) return ["widgets", index];
  const master =
    m[2] !== undefined ? doc.masters.find((x) => x.index === Number(m[2])) : doc.masters.find((x) => x.name === JSON.parse(`"${m[1]}"`));
  return master ? [...master.path, "widgets", index] : null;
}

export const samePath = (a: YamlPath, b: YamlPath) => a.length === b.length && a.every((x, i) => x === b[i]);
export const pathKey = (p: YamlPath) => p.join("\u0000");
