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
 * Whether JSON.stringify writes `value` exactly: strings, finite numbers other than -0, booleans,
 * null, and arrays and plain objects of those. Anything else (NaN and null are both written null, a
 * Date as its text, an undefined member not at all) is never shared. `plain` remembers objects
 * already checked in this call: the compiler gives all copies of a master widget one styling object.
 */
function isPlainJson(value: unknown, plain: Set<object>): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null || plain.has(value)) return true;
      if (Array.isArray(value)) {
        // A hole reads as undefined.
        for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], plain)) return false;
      } else {
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) return false;
        for (const key of Object.keys(value)) if (!isPlainJson((value as Record<string, unknown>)[key], plain)) return false;
      }
      plain.add(value);
      return true;
    }
    default:
      return false;
  }
}

/** A string equal for two values exactly when they are the same plain data; undefined when not plain data. */
export function plainKey(value: unknown, plain: Set<object> = new Set()): string | undefined {
  return isPlainJson(value, plain) ? JSON.stringify(value) : undefined;
}

/** The widget's key without its id and page (the widget itself is a fresh object per copy). */
function copyKey(raw: Record<string, unknown>, plain: Set<object>): string | undefined {
  const proto = Object.getPrototypeOf(raw) as unknown;
  if (proto !== Object.prototype && proto !== null) return undefined;
  const { id: _id, page: _page, ...rest } = raw;
  for (const key of Object.keys(rest)) if (!isPlainJson(rest[key], plain)) return undefined;
  return JSON.stringify(rest);
}

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
  const plain = new Set<object>();
  const out: Widget[] = [];
  for (const raw of raws) {
    const isMap = typeof raw === "object" && raw !== null && !Array.isArray(raw);
    const identity = isMap ? plainIdentity(raw as Record<string, unknown>) : undefined;
    const key = identity ? copyKey(raw as Record<string, unknown>, plain) : undefined;
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
