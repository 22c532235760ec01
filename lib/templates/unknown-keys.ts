// `unknown_key` warnings (§2.2): walks the raw document alongside the zod schema, so the set of known
// keys is exactly the schema's. Uses zod's introspection data (`_zod.def`), read-only.
import type { z } from "zod";
import type { PathSegment } from "./paths";
import { isMap } from "./raw";
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

function pickOption(def: Def, value: Record<string, unknown>): z.ZodType | undefined {
  const key = def.discriminator;
  for (const option of def.options ?? []) {
    const inner = unwrap(option);
    const shape = defOf(inner).shape;
    if (!shape) continue;
    if (!key) return inner;
    const discriminant = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (discriminant && (defOf(unwrap(discriminant)).values ?? []).includes(value[key])) return inner;
  }
  return undefined;
}

export function reportUnknownKeys(schema: z.ZodType, value: unknown, path: PathSegment[], sink: DiagnosticSink): void {
  walk(schema, value, [...path], sink);
}

/** `path` is one mutable stack for the whole walk: large documents have millions of values. */
function walk(schema: z.ZodType, value: unknown, path: PathSegment[], sink: DiagnosticSink): void {
  if (value === null || typeof value !== "object") return;
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === "object" && def.shape && isMap(value)) {
    for (const key of Object.keys(value)) {
      // Own keys only: `valueOf` or `constructor` in a document must not find Object.prototype.
      const childSchema = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      path.push(key);
      if (childSchema) walk(childSchema, value[key], path, sink);
      else sink.add("warning", "unknown_key", path, `unknown key "${key}" is ignored`);
      path.pop();
    }
  } else if ((def.type === "array" || def.type === "tuple") && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const itemSchema = def.type === "array" ? def.element : def.items?.[i];
      if (!itemSchema) continue;
      path.push(i);
      walk(itemSchema, value[i], path, sink);
      path.pop();
    }
  } else if (def.type === "union" && isMap(value)) {
    const option = pickOption(def, value);
    if (option) walk(option, value, path, sink);
  }
}
