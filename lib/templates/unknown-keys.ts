// `unknown_key` warnings (§2.2): walks the raw document alongside the zod schema, so the set of known
// keys is exactly the schema's. Uses zod's introspection data (`_zod.def`), read-only.
import type { z } from "zod";
import type { PathSegment } from "./paths";
import { isRecord } from "./raw";
import type { DiagnosticSink } from "./sink";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  items?: z.ZodType[];
  values?: unknown[];
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

const unwrapped = new WeakMap<z.ZodType, z.ZodType>();

/** Strips wrappers, preprocess steps and transforms down to the schema that reads the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  const cached = unwrapped.get(schema);
  if (cached) return cached;
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in && def.out) {
      current = defOf(def.in).type === "transform" ? def.out : def.in;
    } else break;
  }
  unwrapped.set(schema, current);
  return current;
}

/** What the walk needs from one (unwrapped) schema, worked out once per schema rather than per value. */
type Node =
  | { kind: "object"; shape: Map<string, z.ZodType> }
  | { kind: "array"; element: z.ZodType | undefined }
  | { kind: "tuple"; items: readonly z.ZodType[] }
  | { kind: "union"; pick: (value: Record<string, unknown>) => z.ZodType | undefined }
  | { kind: "leaf" };

const nodes = new WeakMap<z.ZodType, Node>();

function nodeOf(schema: z.ZodType): Node {
  let node = nodes.get(schema);
  if (!node) {
    node = buildNode(defOf(unwrap(schema)));
    nodes.set(schema, node);
  }
  return node;
}

function buildNode(def: Def): Node {
  // A Map holds own keys only: `valueOf` or `constructor` in a document must not find Object.prototype.
  if (def.type === "object" && def.shape) return { kind: "object", shape: new Map(Object.entries(def.shape)) };
  if (def.type === "array") return { kind: "array", element: def.element };
  if (def.type === "tuple") return { kind: "tuple", items: def.items ?? [] };
  if (def.type === "union") return { kind: "union", pick: optionPicker(def) };
  return { kind: "leaf" };
}

/**
 * The option a mapping is walked with: the first option with a shape (no discriminator), or the first
 * whose discriminant accepts the value. The option list is fixed, so this is a lookup table built once;
 * Map keys compare like `includes` (SameValueZero), and the first option to list a value keeps it.
 */
function optionPicker(def: Def): (value: Record<string, unknown>) => z.ZodType | undefined {
  const key = def.discriminator;
  const withShape: z.ZodType[] = [];
  const byValue = new Map<unknown, z.ZodType>();
  for (const option of def.options ?? []) {
    const inner = unwrap(option);
    const shape = defOf(inner).shape;
    if (!shape) continue;
    withShape.push(inner);
    if (!key) continue;
    const discriminant = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!discriminant) continue;
    for (const v of defOf(unwrap(discriminant)).values ?? []) if (!byValue.has(v)) byValue.set(v, inner);
  }
  if (!key) {
    const first = withShape[0];
    return () => first;
  }
  return (value) => byValue.get(value[key]);
}

export function reportUnknownKeys(schema: z.ZodType, value: unknown, path: PathSegment[], sink: DiagnosticSink): void {
  walk(schema, value, [...path], sink);
}

/** `path` is one mutable stack for the whole walk: large documents have millions of values. */
function walk(schema: z.ZodType, value: unknown, path: PathSegment[], sink: DiagnosticSink): void {
  if (value === null || typeof value !== "object") return;
  const node = nodeOf(schema);
  if (node.kind === "object") {
    if (Array.isArray(value)) return;
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) {
      const childSchema = node.shape.get(key);
      if (childSchema) {
        const child = map[key];
        // Scalars have no keys to report; skipping the call and the path push changes nothing.
        if (child === null || typeof child !== "object") continue;
        path.push(key);
        walk(childSchema, child, path, sink);
        path.pop();
      } else {
        path.push(key);
        sink.add("warning", "unknown_key", path, `unknown key "${key}" is ignored`);
        path.pop();
      }
    }
  } else if (node.kind === "array" || node.kind === "tuple") {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      const itemSchema = node.kind === "array" ? node.element : node.items[i];
      const item: unknown = value[i];
      if (!itemSchema || item === null || typeof item !== "object") continue;
      path.push(i);
      walk(itemSchema, item, path, sink);
      path.pop();
    }
  } else if (node.kind === "union" && isRecord(value)) {
    const option = node.pick(value);
    if (option) walk(option, value, path, sink);
  }
}
