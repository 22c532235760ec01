// Token scanner and substitution engine (§5.1, §5.4). Strings are parsed once into segments and cached,
// because a year planner substitutes the same few master strings tens of thousands of times.
import { formatValue, valueToString, type TokenValue } from "./format-spec";

export type Segment =
  | { kind: "text"; text: string }
  | { kind: "escape"; char: "{" | "}" }
  | { kind: "token"; name: string; spec: string | undefined; raw: string; at: boolean };

const BRACE_TOKEN = /\{([A-Za-z0-9_-]+)(?::([^{}]*))?\}/y;
const AT_NAME = /@([A-Za-z0-9_]+)/y;
// After `@name:` only a spec without fill is taken, so `@year:04d-@month` stops before the `-`.
const AT_SPEC = /:([<>^=]?[+\- ]?0?\d*[,_]?(?:\.\d+)?[dfe%xXs]?)/y;

const cache = new Map<string, readonly Segment[]>();
const CACHE_LIMIT = 20_000;

/** True when the string might contain a token or an escape; plain strings skip the scanner. */
export function mayContainTokens(text: string): boolean {
  return text.includes("{") || text.includes("}") || text.includes("@");
}

function scan(text: string): Segment[] {
  const out: Segment[] = [];
  let buf = "";
  let i = 0;
  const flush = () => {
    if (buf) out.push({ kind: "text", text: buf });
    buf = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if ((ch === "{" || ch === "}") && text[i + 1] === ch) {
      flush();
      out.push({ kind: "escape", char: ch });
      i += 2;
      continue;
    }
    if (ch === "{") {
      BRACE_TOKEN.lastIndex = i;
      const m = BRACE_TOKEN.exec(text);
      if (m) {
        flush();
        out.push({ kind: "token", name: m[1] ?? "", spec: m[2], raw: m[0], at: false });
        i += m[0].length;
        continue;
      }
    } else if (ch === "@") {
      AT_NAME.lastIndex = i;
      const m = AT_NAME.exec(text);
      if (m) {
        let raw = m[0];
        let spec: string | undefined;
        AT_SPEC.lastIndex = i + raw.length;
        const s = AT_SPEC.exec(text);
        if (s && (s[1] ?? "") !== "") {
          spec = s[1];
          raw += s[0];
        }
        flush();
        out.push({ kind: "token", name: m[1] ?? "", spec, raw, at: true });
        i += raw.length;
        continue;
      }
    }
    buf += ch;
    i += 1;
  }
  flush();
  return out;
}

export function parseTokens(text: string): readonly Segment[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const segs = scan(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, segs);
  return segs;
}

/** Names used as `{x}` or `@x` in a string (for `used_variables` and lint checks). */
export function tokenNames(text: string): string[] {
  if (!mayContainTokens(text)) return [];
  const names: string[] = [];
  for (const s of parseTokens(text)) if (s.kind === "token") names.push(s.name);
  return names;
}

export type Lookup = (name: string) => TokenValue | undefined;

export type SubstituteOptions = {
  /** Names left verbatim for a later phase (e.g. `{page}` at compile time). */
  deferred?: ReadonlySet<string>;
  /** Compile phase keeps `{{`/`}}` and escapes braces in values, so render time sees them as text. */
  keepEscapes?: boolean;
  /** What an unresolved `{x}` becomes: "" (render time) or its own text (kept for a later check). */
  unresolved?: "empty" | "keep";
};

export type SubstituteResult = {
  text: string;
  /** Raw text of `{x}` tokens whose name is not defined (never `@x`, which stays literal). */
  unresolved: string[];
  formatErrors: { token: string; message: string }[];
  /** A defined variable was substituted with an empty string (boundary variables, §4.6). */
  usedEmpty: boolean;
};

const escapeBraces = (s: string) => (s.includes("{") || s.includes("}") ? s.replace(/[{}]/g, "$&$&") : s);

export function substitute(text: string, lookup: Lookup, options: SubstituteOptions = {}): SubstituteResult {
  const result: SubstituteResult = { text, unresolved: [], formatErrors: [], usedEmpty: false };
  if (!mayContainTokens(text)) return result;
  let out = "";
  for (const seg of parseTokens(text)) {
    if (seg.kind === "text") {
      out += seg.text;
    } else if (seg.kind === "escape") {
      out += options.keepEscapes ? seg.char + seg.char : seg.char;
    } else if (options.deferred?.has(seg.name)) {
      out += seg.raw;
    } else {
      const value = lookup(seg.name);
      if (value === undefined) {
        if (seg.at) out += seg.raw;
        else {
          result.unresolved.push(seg.raw);
          if (options.unresolved === "keep") out += seg.raw;
        }
        continue;
      }
      const f = formatValue(value, seg.spec ?? "");
      if (!f.ok) result.formatErrors.push({ token: seg.raw, message: f.message });
      if (valueToString(value) === "") result.usedEmpty = true;
      out += options.keepEscapes ? escapeBraces(f.text) : f.text;
    }
  }
  result.text = out;
  return result;
}

/** A lookup over a plain record that ignores inherited keys such as `constructor`. */
export function recordLookup(vars: Readonly<Record<string, TokenValue>>): Lookup {
  return (name) => (Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined);
}
