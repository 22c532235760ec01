// Maps §2.9 paths back to source positions by replaying the parser's event stream. Built lazily and
// only for the paths that have diagnostics: subtrees off those paths are skipped.
import type { Event, ScalarEvent } from "js-yaml";
import type { PathSegment } from "./paths";

export type SourcePosition = { line: number; column: number };
export type Locator = {
  /** Position of each path, or of its nearest located ancestor; undefined when nothing matches. */
  locate(paths: readonly (readonly PathSegment[])[]): (SourcePosition | undefined)[];
};

const EV = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;

const keyOf = (seg: PathSegment) => (typeof seg === "number" ? `#${seg}` : `.${seg}`);
const joinKey = (segs: readonly PathSegment[]) => segs.map(keyOf).join("");

type Frame =
  | { kind: "seq"; key: string; index: number; skip: boolean; isKey: boolean }
  | { kind: "map"; key: string; expectKey: boolean; current: string | undefined; skip: boolean; isKey: boolean };

function startOffset(ev: Event): number {
  switch (ev.type) {
    case EV.SEQUENCE:
    case EV.MAPPING:
      return ev.start;
    case EV.SCALAR:
      // Quoted scalars' values start after the opening quote.
      return ev.style === 2 || ev.style === 3 ? Math.max(0, ev.valueStart - 1) : ev.valueStart;
    case EV.ALIAS:
      return Math.max(0, ev.anchorStart - 1);
    default:
      return 0;
  }
}

export function createLocator(events: Event[], source: string, scalarValue: (input: string, ev: ScalarEvent) => string): Locator {
  let lineStarts: number[] | undefined;
  const toPosition = (offset: number): SourcePosition => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };

  function offsets(wanted: Set<string>, prefixes: Set<string>): Map<string, number> {
    const found = new Map<string, number>();
    const stack: Frame[] = [];
    const record = (key: string, offset: number) => {
      if (wanted.has(key) && !found.has(key)) found.set(key, offset);
    };
    for (const ev of events) {
      if (ev.type === EV.DOCUMENT) continue;
      const top = stack[stack.length - 1];
      if (ev.type === EV.POP) {
        const closed = stack.pop();
        const parent = stack[stack.length - 1];
        // A closed key collection leaves its mapping waiting for the value; a closed value, for the next key.
        if (parent?.kind === "map" && !closed?.isKey) parent.expectKey = true;
        continue;
      }
      // Path of the node this event starts.
      let key = "";
      let isMapKey = false;
      if (top?.kind === "seq") key = top.key + keyOf(top.index++);
      else if (top?.kind === "map") {
        if (top.expectKey) {
          isMapKey = true;
          top.current = ev.type === EV.SCALAR ? scalarValue(source, ev) : undefined;
          top.expectKey = false;
          if (top.current !== undefined && !top.skip) record(top.key + keyOf(top.current), startOffset(ev));
        }
        key = top.current === undefined ? "\u0000" : top.key + keyOf(top.current);
      }
      const skip = (top?.skip ?? false) || isMapKey || (key !== "" && !prefixes.has(key));
      if (!skip && !isMapKey) record(key, startOffset(ev));
      if (ev.type === EV.SEQUENCE) stack.push({ kind: "seq", key, index: 0, skip, isKey: isMapKey });
      else if (ev.type === EV.MAPPING) {
        stack.push({ kind: "map", key, expectKey: true, current: undefined, skip, isKey: isMapKey });
      } else if (top?.kind === "map" && !isMapKey) top.expectKey = true;
    }
    return found;
  }

  return {
    locate(paths) {
      const wanted = new Set<string>();
      for (const segs of paths) for (let i = 0; i <= segs.length; i++) wanted.add(joinKey(segs.slice(0, i)));
      const found = offsets(wanted, wanted);
      return paths.map((segs) => {
        for (let i = segs.length; i >= 0; i--) {
          const offset = found.get(joinKey(segs.slice(0, i)));
          if (offset !== undefined) return toPosition(offset);
        }
        return undefined;
      });
    },
  };
}
