// Validating a compiled project's widgets once per distinct widget. A master's widget is copied onto
// every page it generates, and most copies differ only in `id` and `page` (a year planner's month
// tabs: 454 pages × 16 links, a handful of distinct widgets). The zod parse of each copy was a tenth
// of a themed year's render CPU and a third of what it allocated; here a copy that equals an
// already-validated widget, apart from `id` and `page`, takes that widget's output instead.
import type { Widget } from "./types";
import { ID_PATTERN } from "./schema/primitives";
import { widgetSchema } from "./schema/widgets";
import { templateErrorMap } from "./schema/error-map";

const MAX_PAGE = 10000;

/**
 * A string that is equal for two values exactly when they are the same plain data, or undefined for
 * a value that is not plain data (a Date, a typed array…), which is then never shared. JSON.stringify
 * is not enough: it writes NaN and null alike, and a Date as its ISO string. Objects are keyed once
 * per call (`known`): the compiler gives all copies of a master widget the same styling object.
 */
export function plainKey(value: unknown, known: Map<object, string | undefined> = new Map()): string | undefined {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "n-0" : `n${value}`;
    case "boolean":
      return value ? "t" : "f";
    case "undefined":
      return "u";
    case "object":
      if (value === null) return "z";
      if (known.has(value)) return known.get(value);
      {
        const key = objectKey(value, known, undefined);
        known.set(value, key);
        return key;
      }
    default:
      return undefined;
  }
}

function objectKey(
  value: object,
  known: Map<object, string | undefined>,
  skip: ((key: string) => boolean) | undefined,
): string | undefined {
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      // A hole reads as undefined, as zod reads it.
      const k = plainKey(value[i], known);
      if (k === undefined) return undefined;
      out += `${k},`;
    }
    return `${out}]`;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return undefined;
  let out = "{";
  for (const key of Object.keys(value)) {
    if (skip?.(key)) continue;
    const k = plainKey((value as Record<string, unknown>)[key], known);
    if (k === undefined) return undefined;
    out += `${JSON.stringify(key)}:${k},`;
  }
  return `${out}}`;
}

const isIdentity = (key: string) => key === "id" || key === "page";

/**
 * `id` and `page` as widgetSchema reads them, when they are in the form the project compiler writes
 * (an id string, an integer page); anything else goes through the schema itself.
 */
function plainIdentity(raw: Record<string, unknown>): { id: string; page: number } | undefined {
  const { id, page } = raw;
  if (typeof id !== "string" || !ID_PATTERN.test(id)) return undefined;
  if (page === undefined) return { id, page: 1 };
  if (typeof page !== "number" || !Number.isInteger(page) || page < 1 || page > MAX_PAGE) return undefined;
  return { id, page };
}

/**
 * The validated widgets, in order, or undefined as soon as one does not validate (the caller then
 * validates the whole document, which reports every problem at its path). The outputs of equal
 * widgets share their nested objects (position, styling, properties, authored): the renderer and
 * the constraint pass only read them or copy before changing them (constraints.ts enforceWidget).
 */
export function validateWidgetsOnce(raws: readonly unknown[]): Widget[] | undefined {
  const seen = new Map<string, Widget>();
  const known = new Map<object, string | undefined>();
  const out: Widget[] = [];
  for (const raw of raws) {
    const plain = typeof raw === "object" && raw !== null && !Array.isArray(raw);
    const identity = plain ? plainIdentity(raw as Record<string, unknown>) : undefined;
    const key = identity ? objectKey(raw as object, known, isIdentity) : undefined;
    const same = key === undefined ? undefined : seen.get(key);
    if (same && identity) {
      // Same key order as widgetSchema's own output: id and page keep their places.
      out.push({ ...same, id: identity.id, page: identity.page } as Widget);
      continue;
    }
    const parsed = widgetSchema.safeParse(raw, { error: templateErrorMap });
    if (!parsed.success) return undefined;
    const widget = parsed.data as Widget;
    if (key !== undefined) seen.set(key, widget);
    out.push(widget);
  }
  return out;
}
