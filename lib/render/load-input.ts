// Interim document loading until lib/templates' loadDocument is wired in: safe YAML parse and the
// minimum structure the renderer needs, with diagnostics in the §2.9 shape.
import { CORE_SCHEMA, load } from "js-yaml";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { compileProject, countProjectPages } from "@/lib/templates/project/compile";
import type { TemplateInput, WidgetInput } from "./model";

export type Loaded = {
  template?: TemplateInput;
  kind: "template" | "project";
  diagnostics: Diagnostic[];
  /** Exact page count of a project, known even when it exceeds the limit (§6.4 step 2). */
  projectPages?: number;
};
export type LoadOptions = { strict: boolean; maxPages: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function widgets(raw: unknown, path: string, out: Diagnostic[]): WidgetInput[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    out.push({ severity: "error", code: "schema", path, message: "must be a list" });
    return [];
  }
  const list: WidgetInput[] = [];
  raw.forEach((w, i) => {
    const p = `${path}[${i}]`;
    if (!isRecord(w) || typeof w.id !== "string" || typeof w.type !== "string" || !isRecord(w.position)) {
      out.push({ severity: "error", code: "schema", path: p, message: "widget needs id, type and position" });
      return;
    }
    const pos = w.position;
    const n = (k: string) => Number(pos[k]);
    if (![n("x"), n("y"), n("width"), n("height")].every(Number.isFinite) || n("width") <= 0 || n("height") <= 0) {
      out.push({ severity: "error", code: "schema", path: `${p}.position`, message: "needs numeric x, y and positive width, height" });
      return;
    }
    list.push({
      id: w.id,
      type: w.type,
      page: w.page === undefined ? 1 : Number(w.page),
      position: { x: n("x"), y: n("y"), width: n("width"), height: n("height") },
      z_order: w.z_order === undefined ? 0 : Number(w.z_order),
      background_color: typeof w.background_color === "string" ? w.background_color : undefined,
      content: typeof w.content === "string" ? w.content : w.content === undefined ? "" : String(w.content),
      styling: isRecord(w.styling) ? w.styling : {},
      properties: isRecord(w.properties) ? w.properties : {},
    });
  });
  return list;
}

export function loadInput(yaml: string, options: LoadOptions): Loaded {
  const diagnostics: Diagnostic[] = [];
  let doc: unknown;
  try {
    doc = load(yaml, { schema: CORE_SCHEMA });
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] ?? "invalid YAML" : "invalid YAML";
    return { kind: "template", diagnostics: [{ severity: "error", code: "schema", path: "(root)", message }] };
  }
  if (!isRecord(doc)) return { kind: "template", diagnostics: [{ severity: "error", code: "schema", path: "(root)", message: "must be a mapping" }] };
  if ("plan" in doc) {
    const projectPages = countProjectPages(doc);
    if (projectPages !== undefined && projectPages > options.maxPages) return { kind: "project", diagnostics: [], projectPages };
    const compiled = compileProject(doc, { strict: options.strict, maxPages: options.maxPages });
    if (!compiled.template) return { kind: "project", diagnostics: compiled.diagnostics, projectPages };
    const inner = fromObject(compiled.template, compiled.diagnostics);
    return { ...inner, kind: "project", projectPages };
  }
  return fromObject(doc, diagnostics);
}

function fromObject(doc: Record<string, unknown>, diagnostics: Diagnostic[]): Loaded {  const meta = isRecord(doc.metadata) ? doc.metadata : {};
  const canvas = isRecord(doc.canvas) ? doc.canvas : {};
  const dims = isRecord(canvas.dimensions) ? canvas.dimensions : {};
  const width = Number(dims.width);
  const height = Number(dims.height);
  if (!(width > 0) || !(height > 0)) {
    diagnostics.push({ severity: "error", code: "schema", path: "canvas.dimensions", message: "width and height must be > 0" });
  }
  const nav = isRecord(doc.navigation) ? doc.navigation : {};
  const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);
  const template: TemplateInput = {
    metadata: {
      name: typeof meta.name === "string" ? meta.name : "Untitled",
      description: typeof meta.description === "string" ? meta.description : "",
      author: typeof meta.author === "string" ? meta.author : "",
      profile: typeof meta.profile === "string" ? meta.profile : undefined,
      locale: typeof meta.locale === "string" ? meta.locale : "en",
      created: typeof meta.created === "string" ? meta.created : undefined,
    },
    canvas: { dimensions: { width, height }, background: typeof canvas.background === "string" ? canvas.background : undefined },
    widgets: widgets(doc.widgets, "widgets", diagnostics),
    masters: arr(doc.masters).map((m, i) => ({ id: String(m.id), widgets: widgets(m.widgets, `masters[${i}].widgets`, diagnostics) })),
    page_assignments: arr(doc.page_assignments).map((a) => ({ page: Number(a.page), master_id: String(a.master_id) })),
    navigation: {
      named_destinations: arr(nav.named_destinations).map((d) => ({
        id: String(d.id),
        page: d.page === undefined ? 1 : Number(d.page),
        x: Number(d.x ?? 0),
        y: Number(d.y ?? 0),
        fit: typeof d.fit === "string" ? d.fit : "FitH",
      })),
      outlines: arr(nav.outlines).map((o) => ({ title: String(o.title), dest: String(o.dest), level: o.level === undefined ? 1 : Number(o.level) })),
      links: arr(nav.links).map((l) => ({ from_widget: String(l.from_widget), to_dest: String(l.to_dest) })),
    },
  };
  return { template, kind: "template", diagnostics };
}
