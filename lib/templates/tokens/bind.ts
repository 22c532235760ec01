// Bind expressions (§5.8). The expression is parsed before substitution, so an empty variable can only
// suppress the link, never turn the expression into a syntax error (D8).
import type { Lookup, SubstituteResult } from "./substitute";
import { substitute } from "./substitute";

export type BindExpression =
  { kind: "call"; fn: string; arg: string; suffix: string | undefined } | { kind: "var"; token: string } | { kind: "dest"; text: string };

const CALL = /^([A-Za-z_][A-Za-z0-9_]*)\(([^()]*)\)(?:#([A-Za-z0-9_:{}@-]+))?$/;
const VAR = /^@[A-Za-z0-9_]+(?::[^\s]*)?$/;
const DEST = /^[a-z0-9][a-z0-9:_\-{}@]+$/;

/** Undefined when the expression is not valid syntax (`bind: invalid syntax "…"`). */
export function parseBind(expression: string): BindExpression | undefined {
  const e = expression.trim();
  const call = CALL.exec(e);
  if (call) return { kind: "call", fn: call[1] ?? "", arg: (call[2] ?? "").trim(), suffix: call[3] };
  if (VAR.test(e)) return { kind: "var", token: e };
  if (DEST.test(e)) return { kind: "dest", text: e };
  return undefined;
}

export type BindResult = {
  /** The destination id, or undefined when the link is suppressed. */
  target: string | undefined;
  suppressed: boolean;
  unresolved: string[];
  formatErrors: SubstituteResult["formatErrors"];
};

function sub(text: string, lookup: Lookup): SubstituteResult {
  return substitute(text, lookup, { unresolved: "keep" });
}

/** Every token in a bind argument must resolve to a non-empty value, otherwise the link is suppressed. */
function unusable(r: SubstituteResult, raw: string): boolean {
  return r.usedEmpty || r.unresolved.length > 0 || r.text.trim() === "" || (raw.includes("@") && /@[A-Za-z0-9_]/.test(r.text));
}

export function resolveBind(b: BindExpression, lookup: Lookup): BindResult {
  const parts: SubstituteResult[] = [];
  let target: string | undefined;
  let suppressed = false;
  if (b.kind === "call") {
    const arg = sub(b.arg, lookup);
    parts.push(arg);
    suppressed = unusable(arg, b.arg);
    const value = arg.text.trim();
    target = b.fn === "notes" && /^\d+$/.test(value) ? `notes:page:${value.padStart(3, "0")}` : `${b.fn}:${value}`;
    if (b.suffix !== undefined) {
      const s = sub(b.suffix, lookup);
      parts.push(s);
      suppressed ||= unusable(s, b.suffix);
      target += `:${s.text}`;
    }
  } else {
    const text = b.kind === "var" ? b.token : b.text;
    const r = sub(text, lookup);
    parts.push(r);
    suppressed = unusable(r, text);
    target = r.text.trim();
  }
  return {
    target: suppressed ? undefined : target,
    suppressed,
    unresolved: parts.flatMap((p) => p.unresolved),
    formatErrors: parts.flatMap((p) => p.formatErrors),
  };
}
