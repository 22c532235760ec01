// One JSON Schema (from the OpenAPI document) as a nested field list: name, type, required, limits.
import type { OpenAPIV3_1 } from "openapi-types";

type Schema = OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject;
export type Components = Record<string, Schema>;

const refName = (ref: string) => ref.split("/").pop() ?? ref;

function resolve(schema: Schema, components: Components): { schema: OpenAPIV3_1.SchemaObject; name?: string } {
  if ("$ref" in schema) {
    const name = refName(schema.$ref);
    const target = components[name];
    return target && !("$ref" in target) ? { schema: target, name } : { schema: {}, name };
  }
  return { schema };
}

/** "string · date-time", "integer ≥ 1 ≤ 100", "one of a, b", "Job[]"… */
export function describeType(input: Schema, components: Components): string {
  const { schema, name } = resolve(input, components);
  if (name) return name;
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if ("const" in schema) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((v) => describeType(v as Schema, components)).join(" or ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes("array") && schema.type === "array" && schema.items) return `${describeType(schema.items as Schema, components)}[]`;
  const parts = [types.join(" | ") || "any"];
  if (schema.format) parts.push(schema.format);
  if (schema.minLength !== undefined) parts.push(`≥ ${schema.minLength} chars`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  // zod writes the safe-integer bounds of .int(); they say nothing to a reader.
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) parts.push(`≤ ${schema.maximum}`);
  return parts.join(" · ");
}

function objectOf(input: Schema, components: Components): OpenAPIV3_1.SchemaObject | null {
  const { schema } = resolve(input, components);
  if (schema.properties) return schema;
  const nonNull = (schema.anyOf ?? []).filter((v) => !("type" in v && v.type === "null"));
  if (nonNull.length === 1) return objectOf(nonNull[0] as Schema, components);
  if (schema.type === "array" && schema.items) return objectOf(schema.items as Schema, components);
  return null;
}

export function SchemaView({ schema, components, depth = 0 }: { schema: Schema; components: Components; depth?: number }) {
  const object = objectOf(schema, components);
  if (!object?.properties)
    return <p className="font-mono text-xs text-stone-600 dark:text-stone-400">{describeType(schema, components)}</p>;
  const required = new Set(object.required ?? []);
  return (
    <ul className={depth ? "mt-1 border-l border-stone-200 pl-3 dark:border-stone-700" : "space-y-1"}>
      {Object.entries(object.properties).map(([name, prop]) => {
        const p = prop as Schema;
        const resolved = resolve(p, components).schema;
        const nested = depth < 2 ? objectOf(p, components) : null;
        return (
          <li key={name} className="py-0.5 text-sm">
            <code className="font-mono font-medium">{name}</code>{" "}
            <span className="font-mono text-xs text-stone-500 dark:text-stone-400">{describeType(p, components)}</span>
            {required.has(name) ? <span className="ml-1 text-xs font-medium text-amber-700 dark:text-amber-400">required</span> : null}
            {resolved.default !== undefined ? (
              <span className="ml-1 text-xs text-stone-500">default {JSON.stringify(resolved.default)}</span>
            ) : null}
            {resolved.description ? <p className="text-xs text-stone-600 dark:text-stone-400">{resolved.description}</p> : null}
            {nested?.properties ? <SchemaView schema={p} components={components} depth={depth + 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
