// The format-spec mini-language of §5.3 (D10): `[[fill]align][sign][0][width][grouping][.precision][type]`,
// applied identically at compile and render time. Semantics follow the familiar Python rules.

export type TokenValue = string | number | boolean | null;

export type FormatSpec = {
  fill?: string;
  align?: "<" | ">" | "^" | "=";
  sign?: "+" | "-" | " ";
  zero: boolean;
  width?: number;
  grouping?: "," | "_";
  precision?: number;
  type?: "d" | "f" | "%" | "e" | "x" | "X" | "s";
};

export type FormatResult = { ok: true; text: string } | { ok: false; text: string; message: string };

const MAX_WIDTH = 1000;
const MAX_PRECISION = 100;

const SPEC = /^(?:([\s\S])?([<>^=]))?([+\- ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([dfe%xXs])?$/;

/** Parse a full spec; undefined when the text is not a spec at all. */
export function parseFormatSpec(spec: string): FormatSpec | undefined {
  const m = SPEC.exec(spec);
  if (!m) return undefined;
  const [, fill, align, sign, zero, width, grouping, precision, type] = m;
  return {
    fill: fill || undefined,
    align: (align || undefined) as FormatSpec["align"],
    sign: (sign || undefined) as FormatSpec["sign"],
    zero: zero === "0",
    width: width ? Number(width) : undefined,
    grouping: (grouping || undefined) as FormatSpec["grouping"],
    precision: precision !== undefined ? Number(precision) : undefined,
    type: (type || undefined) as FormatSpec["type"],
  };
}

/** The string form of §5.3: whole numbers without a point, shortest round-trip floats, `true`/`false`. */
export function valueToString(value: TokenValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Object.is(value, -0) ? "0" : String(value);
  return value;
}

function toInteger(value: TokenValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && /^\s*[+-]?\d+(\.0*)?\s*$/.test(value)) return Math.trunc(Number(value));
  return undefined;
}

function toFloat(value: TokenValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function group(intDigits: string, sep: string, size: number): string {
  let out = "";
  for (let i = intDigits.length; i > 0; i -= size) {
    const chunk = intDigits.slice(Math.max(0, i - size), i);
    out = out ? `${chunk}${sep}${out}` : chunk;
  }
  return out;
}

function fixExponent(s: string): string {
  // JavaScript writes `1.5e+3`; the mini-language pads the exponent to two digits.
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}

function pad(body: string, prefix: string, spec: FormatSpec, defaultAlign: "<" | ">"): string {
  const width = spec.width ?? 0;
  const fill = spec.fill ?? (spec.zero && !spec.align ? "0" : " ");
  const align = spec.align ?? (spec.zero ? (defaultAlign === ">" ? "=" : "<") : defaultAlign);
  const len = [...prefix].length + [...body].length;
  if (len >= width) return prefix + body;
  const n = width - len;
  if (align === "<") return prefix + body + fill.repeat(n);
  if (align === ">") return fill.repeat(n) + prefix + body;
  if (align === "=") return prefix + fill.repeat(n) + body;
  const left = Math.floor(n / 2);
  return fill.repeat(left) + prefix + body + fill.repeat(n - left);
}

function numberBody(n: number, spec: FormatSpec): string {
  const abs = Math.abs(n);
  const p = spec.precision;
  switch (spec.type) {
    case "d":
      return String(abs);
    case "x":
      return abs.toString(16);
    case "X":
      return abs.toString(16).toUpperCase();
    case "f":
      return abs.toFixed(p ?? 6);
    case "%":
      return `${(abs * 100).toFixed(p ?? 6)}%`;
    case "e":
      return fixExponent(abs.toExponential(p ?? 6));
    default: {
      if (p === undefined) return valueToString(abs);
      const digits = Math.max(1, p);
      // Python's general format: exponent notation when the exponent is below -4 or at least the precision.
      const exp = abs === 0 ? 0 : Number(abs.toExponential(digits - 1).split("e")[1]);
      if (exp < -4 || exp >= digits) return fixExponent(abs.toExponential(digits - 1).replace(/\.?0+e/, "e"));
      const s = abs.toFixed(Math.max(0, digits - 1 - exp));
      return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
    }
  }
}

function formatNumber(n: number, spec: FormatSpec): string {
  let body = numberBody(n, spec);
  const negative = n < 0;
  const prefix = negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  if (spec.grouping) {
    const size = spec.type === "x" || spec.type === "X" ? 4 : 3;
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) {
      let digits = m[1] ?? "";
      const rest = m[2] ?? "";
      body = group(digits, spec.grouping, size) + rest;
      // Zero padding goes inside the grouping (`0,001,234`), one zero at a time so it never starts with a separator.
      if (spec.zero && !spec.align && !spec.fill) {
        while (prefix.length + body.length < (spec.width ?? 0)) {
          digits = `0${digits}`;
          body = group(digits, spec.grouping, size) + rest;
        }
      }
    }
  }
  return pad(body, prefix, spec, ">");
}

function formatString(s: string, spec: FormatSpec): string {
  const cut = spec.precision !== undefined ? [...s].slice(0, spec.precision).join("") : s;
  return pad(cut, "", spec, "<");
}

/** Format a variable's value with a spec string (without the leading colon). */
export function formatValue(value: TokenValue, specText: string): FormatResult {
  const raw = valueToString(value);
  if (specText === "") return { ok: true, text: raw };
  const spec = parseFormatSpec(specText);
  if (!spec) return { ok: false, text: raw, message: `invalid format spec ":${specText}"` };
  // Bounds the spec leaves open: JavaScript's number formatting stops at 100 digits, and a huge width
  // would build a string of that many characters for every token.
  if ((spec.width ?? 0) > MAX_WIDTH || (spec.precision ?? 0) > MAX_PRECISION) {
    return {
      ok: false,
      text: raw,
      message: `format spec ":${specText}" is too large (width at most ${MAX_WIDTH}, precision at most ${MAX_PRECISION})`,
    };
  }
  const t = spec.type;
  if (t === "d" || t === "x" || t === "X") {
    const n = toInteger(value);
    if (n === undefined) return { ok: false, text: raw, message: `cannot format "${raw}" as an integer (":${specText}")` };
    return { ok: true, text: formatNumber(n, spec) };
  }
  if (t === "f" || t === "%" || t === "e") {
    const n = toFloat(value);
    if (n === undefined) return { ok: false, text: raw, message: `cannot format "${raw}" as a number (":${specText}")` };
    return { ok: true, text: formatNumber(n, spec) };
  }
  if (t === undefined && typeof value === "number") return { ok: true, text: formatNumber(value, spec) };
  return { ok: true, text: formatString(raw, spec) };
}
