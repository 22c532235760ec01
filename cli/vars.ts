// `--var key=value` (repeatable): render-time variables for the template's tokens. Values that read
// as numbers or true/false are sent as such, so `--var year=2027` fills `{year:04d}` too; quote
// nothing else. The server validates names and values and names a bad one.
import { CliError, EXIT } from "./exit-codes";

export type CliVariables = Record<string, string | number | boolean>;

/** commander's collector: each `--var` adds one entry. */
export function collectVar(pair: string, previous: CliVariables = {}): CliVariables {
  const eq = pair.indexOf("=");
  if (eq <= 0) throw new CliError(EXIT.USAGE, `--var ${pair}: write it as name=value`);
  const name = pair.slice(0, eq);
  const raw = pair.slice(eq + 1);
  const value = raw === "true" ? true : raw === "false" ? false : /^-?(0|[1-9]\d*)(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  return { ...previous, [name]: value };
}
