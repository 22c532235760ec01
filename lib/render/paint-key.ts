// What a widget draws is a function of its data (everything but its id, page and stacking order), the
// render's fixed inputs (profile, locale, fonts, today, variables) and, for some widgets, the page number
// (widget-context.ts notes when a builder reads it). A page-independent widget's key names that
// drawing, so a copy of it on another page (a planner's tabs, a master's labels and rules) can reuse
// it (shared-paint.ts). Keys are content hashes, so a planner thread (parallel/) makes the same keys.
import { createHash } from "node:crypto";
import type { Widget } from "@/lib/templates/types";

/** Fields that do not change what a widget draws. */
const IGNORED = new Set(["id", "page", "z_order"]);

type Bag = Record<string, unknown>;

/**
 * The copies of one master widget in a compiled project share nested values (templates/widget-memo.ts:
 * the same `position` object; `styling` and `properties` are shallow copies with shared members).
 * The first widget seen with a `position` object is kept with its key; a later widget with that
 * object takes the key when its fields are the same values (=== one level down, so equal data).
 * Anything else is keyed from its data, which is always correct, only slower.
 */
const firstWith = new WeakMap<object, { w: Widget; key: string }>();

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if ((a as Bag)[k] !== (b as Bag)[k] || !(k in b)) return false;
  return true;
}

function sameData(a: Widget, b: Widget): boolean {
  const fa = Object.keys(a);
  if (fa.length !== Object.keys(b).length) return false;
  for (const f of fa) if (!IGNORED.has(f) && !sameValue((a as Bag)[f], (b as Bag)[f])) return false;
  return true;
}

function dataKey(w: Widget): string {
  let data = "";
  for (const [field, value] of Object.entries(w)) if (!IGNORED.has(field)) data += `${field}\u0000${JSON.stringify(value) ?? ""}\u0001`;
  return createHash("sha1").update(data).digest("base64");
}

/** The key of what `w` draws, for a widget whose builder did not depend on the page; undefined for images. */
export function paintKey(w: Widget): string | undefined {
  // An image's drawing depends on what its loader fetched, kept per widget copy.
  if (w.type === "image") return undefined;
  const first = firstWith.get(w.position);
  if (first && (first.w === w || sameData(first.w, w))) return first.key;
  const key = dataKey(w);
  if (!first) firstWith.set(w.position, { w, key });
  return key;
}
