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

/** Strips wrappers, preprocess steps and transforms down to the schema that reads the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in && def.out) {
      current = defOf(def.in).type === "transform" ? def.out : def.in;
    } else break;
  }
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
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === "object" && def.shape && isMap(value)) {
    for (const [key, child] of Object.entries(value)) {
      // Own keys only: `valueOf` or `constructor` in a document must not find Object.prototype.
      const childSchema = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (childSchema) reportUnknownKeys(childSchema, child, [...path, key], sink);
      else sink.add("warning", "unknown_key", [...path, key], `unknown key "${key}" is ignored`);
    }
  } else if (def.type === "array" && def.element && Array.isArray(value)) {
    const element = def.element;
    value.forEach((item, i) => reportUnknownKeys(element, item, [...path, i], sink));
  } else if (def.type === "tuple" && def.items && Array.isArray(value)) {
    const items = def.items;
    value.forEach((item, i) => {
      const itemSchema = items[i];
      if (itemSchema) reportUnknownKeys(itemSchema, item, [...path, i], sink);
    });
  } else if (def.type === "union" && isMap(value)) {
    const option = pickOption(def, value);
    if (option) reportUnknownKeys(option, value, path, sink);
  }
}
