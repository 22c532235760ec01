// Edits to YAML text that touch only the bytes they change: the canvas moves a widget by rewriting
// the digits of `x` and `y`, and every comment, key order, quote style and flow/block choice of the
// author stays as it was. The `yaml` package's parse tree gives each node's source range; edits
// splice text at those ranges instead of re-serialising the document. Browser-safe (no node:*).
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from "yaml";

export type YamlPath = readonly (string | number)[];
export type Rect = { x: number; y: number; width: number; height: number };
export type Splice = { from: number; to: number; insert: string };

export function parseForEdit(text: string): Document.Parsed {
  return parseDocument(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
}

/** Applies splices (non-overlapping, any order) to `text`. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  // Back to front, so earlier offsets stay valid; at one offset, later splices go first so the
  // inserts read in the order they were given.
  const order = splices.map((s, i) => ({ s, i })).sort((a, b) => b.s.from - a.s.from || b.i - a.i);
  for (const { s } of order) out = out.slice(0, s.from) + s.insert + out.slice(s.to);
  return out;
}

/** A number as an author would type it: at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9 _.\/-]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** A scalar value written in flow context: plain when unambiguous, else double-quoted (JSON is valid YAML). */
export function formatScalar(value: unknown): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "null";
  const s = String(value);
  return PLAIN_SAFE.test(s) && !RESERVED.test(s) && !s.endsWith(" ") ? s : JSON.stringify(s);
}

/** A value as one line of flow YAML: `{ x: 1, y: 2 }`, `[a, b]`, scalars as formatScalar. */
export function toFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toFlow).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return entries.length ? `{ ${entries.map(([k, v]) => `${formatScalar(k)}: ${toFlow(v)}`).join(", ")} }` : "{}";
  }
  return formatScalar(value);
}

function nodeAt(doc: Document.Parsed, path: YamlPath): Node | null {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return node && typeof node === "object" && "range" in (node as object) ? (node as Node) : null;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf("\n", at);
  return n === -1 ? text.length : n + 1;
}

/** The new value's text, keeping the old scalar's quote style where the value allows it. */
function scalarText(old: Node | null, value: unknown): string {
  if (typeof value === "string" && old && isScalar(old)) {
    if (old.type === "QUOTE_SINGLE" && !value.includes("\n")) return `'${value.replace(/'/g, "''")}'`;
    if (old.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  }
  return toFlow(value);
}

/** Inserts `key: value` as the last pair of the map at `mapNode`, in the map's own style. */
function insertPair(text: string, map: YAMLMap, key: string, value: unknown): Splice {
  const pair = `${formatScalar(key)}: ${toFlow(value)}`;
  const [start, end] = map.range ?? [0, text.length];
  const last = map.items.at(-1) as Pair<Node, Node | null> | undefined;
  if (map.flow) {
    if (!last) {
      const open = text.indexOf("{", start);
      return { from: open + 1, to: open + 1, insert: ` ${pair} ` };
    }
    const after = last.value?.range?.[1] ?? last.key?.range?.[1] ?? end;
    return { from: after, to: after, insert: `, ${pair}` };
  }
  const firstKey = (map.items[0] as Pair<Node, Node | null> | undefined)?.key;
  const keyStart = firstKey?.range?.[0] ?? start;
  const indent = " ".repeat(keyStart - lineStart(text, keyStart));
  const lastEnd = last?.value?.range?.[1] ?? last?.key?.range?.[1] ?? end;
  const at = lineEnd(text, Math.max(lastEnd - 1, 0));
  const needsNewline = at === text.length && !text.endsWith("\n");
  return { from: at, to: at, insert: `${needsNewline ? "\n" : ""}${indent}${pair}\n` };
}

/**
 * Sets each path to its value. An existing scalar is rewritten where it stands; a missing key is
 * added to the nearest existing map on its path (as `key: { rest: value }` when deeper maps are missing).
 */
export function setValues(text: string, edits: readonly { path: YamlPath; value: unknown }[]): string {
  const doc = parseForEdit(text);
  const splices: Splice[] = [];
  for (const { path, value } of edits) {
    const node = nodeAt(doc, path);
    if (node && isScalar(node) && node.range) {
      splices.push({ from: node.range[0], to: node.range[1], insert: scalarText(node, value) });
      continue;
    }
    if (node) throw new Error(`${path.join(".")} is not a single value`);
    let depth = path.length - 1;
    while (depth > 0 && !isMap(nodeAt(doc, path.slice(0, depth)))) depth--;
    const parent = nodeAt(doc, path.slice(0, depth));
    if (!parent || !isMap(parent)) throw new Error(`cannot add ${path.join(".")}`);
    let nested: unknown = value;
    for (let i = path.length - 1; i > depth; i--) nested = { [String(path[i])]: nested };
    splices.push(insertPair(text, parent, String(path[depth]), nested));
  }
  return applySplices(text, splices);
}

/** Removes items of the sequences they are in, with their whole lines (block) or their comma (flow). */
export function removeItems(text: string, paths: readonly YamlPath[]): string {
  const doc = parseForEdit(text);
  const splices: Splice[] = [];
  for (const path of paths) {
    const seq = nodeAt(doc, path.slice(0, -1));
    const index = Number(path.at(-1));
    if (!seq || !isSeq(seq)) throw new Error(`${path.join(".")} is not a list item`);
    const item = seq.items[index] as Node | undefined;
    if (!item?.range) continue;
    if (seq.flow) {
      const next = seq.items[index + 1] as Node | undefined;
      const prev = seq.items[index - 1] as Node | undefined;
      if (next?.range) splices.push({ from: item.range[0], to: next.range[0], insert: "" });
      else if (prev?.range) splices.push({ from: prev.range[1], to: item.range[1], insert: "" });
      else splices.push({ from: item.range[0], to: item.range[1], insert: "" });
      continue;
    }
    // Block: from the line holding the item's `-` to the line the next item starts on.
    const from = lineStart(text, item.range[0]);
    const next = seq.items[index + 1] as Node | undefined;
    const to = next?.range ? lineStart(text, next.range[0]) : lineEnd(text, Math.max(item.range[1] - 1, item.range[0]));
    splices.push({ from, to, insert: "" });
  }
  return applySplices(text, splices);
}

/** Appends `value` (written as one flow line) to the sequence at `path`, creating the key if it is missing. */
export function appendItem(text: string, path: YamlPath, value: unknown): string {
  const doc = parseForEdit(text);
  const seq = nodeAt(doc, path);
  if (!seq) return setValues(text, [{ path, value: [value] }]);
  if (!isSeq(seq)) throw new Error(`${path.join(".")} is not a list`);
  const items = seq.items as Node[];
  const last = items.at(-1);
  if (seq.flow) {
    if (!last?.range) {
      const open = text.indexOf("[", seq.range?.[0] ?? 0);
      return applySplices(text, [{ from: open + 1, to: open + 1, insert: toFlow(value) }]);
    }
    return applySplices(text, [{ from: last.range[1], to: last.range[1], insert: `, ${toFlow(value)}` }]);
  }
  const first = items[0]?.range?.[0] ?? seq.range?.[0] ?? 0;
  const dash = text.lastIndexOf("-", first);
  const indent = " ".repeat(Math.max(0, dash - lineStart(text, dash)));
  const at = last?.range ? lineEnd(text, Math.max(last.range[1] - 1, last.range[0])) : lineEnd(text, first);
  const needsNewline = at === text.length && !text.endsWith("\n");
  return applySplices(text, [{ from: at, to: at, insert: `${needsNewline ? "\n" : ""}${indent}- ${toFlow(value)}\n` }]);
}
