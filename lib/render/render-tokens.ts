// Render-time token substitution (§5.4 phase 2): {page}, {total_pages} (and upper-case forms) with
// format specs, `{{`/`}}` escapes; any other token renders empty and is reported (D11).
export type RenderVars = Record<string, string | number>;

const TOKEN = /\{\{|\}\}|\{([A-Za-z0-9_-]+)(?::([^{}]*))?\}/g;
const SPEC = /^(?:(.)?([<>^=]))?([+\- ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([dfxXes%])?$/;

export function formatValue(value: string | number, spec: string | undefined): string {
  if (!spec) return String(value);
  const m = SPEC.exec(spec);
  if (!m) return String(value);
  const [, fillRaw, alignRaw, sign, zero, widthRaw, grouping, precision, type] = m;
  let body: string;
  const n = typeof value === "number" ? value : Number(value);
  const numeric = type !== undefined && type !== "s" && Number.isFinite(n);
  if (numeric) {
    const abs = Math.abs(n);
    if (type === "d") body = Math.trunc(abs).toString();
    else if (type === "x") body = Math.trunc(abs).toString(16);
    else if (type === "X") body = Math.trunc(abs).toString(16).toUpperCase();
    else if (type === "e") body = abs.toExponential(precision ? Number(precision) : 6);
    else if (type === "%") body = `${(abs * 100).toFixed(precision ? Number(precision) : 6)}%`;
    else body = abs.toFixed(precision ? Number(precision) : 6);
    if (grouping) body = body.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, grouping));
    const signStr = n < 0 ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
    body = signStr + body;
  } else {
    body = precision ? String(value).slice(0, Number(precision)) : String(value);
  }
  const width = widthRaw ? Number(widthRaw) : 0;
  if (body.length >= width) return body;
  const fill = fillRaw ?? (zero ? "0" : " ");
  const align = alignRaw ?? (zero ? "=" : numeric || typeof value === "number" ? ">" : "<");
  const pad = width - body.length;
  if (align === "<") return body + fill.repeat(pad);
  if (align === "^") return fill.repeat(Math.floor(pad / 2)) + body + fill.repeat(Math.ceil(pad / 2));
  if (align === "=" && /^[+\- ]/.test(body)) return body[0] + fill.repeat(pad) + body.slice(1);
  return fill.repeat(pad) + body;
}

/** Substitute `vars`; names not in `vars` are returned in `unresolved` and rendered empty. */
export function substitute(
  text: string,
  vars: RenderVars,
  keepUnresolved = false,
): { text: string; unresolved: string[] } {
  if (!text.includes("{") && !text.includes("}")) return { text, unresolved: [] };
  const unresolved: string[] = [];
  const out = text.replace(TOKEN, (whole, name: string | undefined, spec: string | undefined) => {
    if (whole === "{{") return "{";
    if (whole === "}}") return "}";
    if (name === undefined) return whole;
    const v = vars[name] ?? vars[name.toLowerCase()];
    if (v === undefined) {
      unresolved.push(name);
      return keepUnresolved ? whole : "";
    }
    return formatValue(v, spec);
  });
  return { text: out, unresolved };
}
