// The batch form's render-time variables (`variables` on POST /api/pdf/batches): sets of name = value
// rows as typed, turned into the API's shape, and the API's field errors (`variables[1].year`) placed
// back on the row or set they concern. Pure, so the form stays about layout.
import type { Variables } from "@/lib/jobs/variables";

export type VariableRow = { key: number; name: string; value: string };
export type VariableSet = { key: number; rows: VariableRow[] };

/** Where each problem is shown: a row (`set:row` keys), a set, the whole section, or the webhook field. */
export type BatchFormErrors = {
  rows: Record<string, string>;
  sets: Record<number, string>;
  variables?: string;
  webhook?: string;
  form?: string;
};

export const rowKey = (set: VariableSet, row: VariableRow) => `${set.key}:${row.key}`;

/** A number typed in its plain form ("2027", "-1.5") is sent as one, so format specs (`{year:04d}`) work; "007" stays text. */
function typedValue(text: string): string | number {
  return /^-?(0|[1-9]\d{0,14})(\.\d{1,6})?$/.test(text) ? Number(text) : text;
}

/**
 * The sets as the API takes them, or the
 * problems the API could not name a row for: a value without a name, a name twice in one set.
 * Rows left blank are skipped; a set with no rows left is an error, since it would be an empty job.
 */
export function toVariableSets(sets: readonly VariableSet[]): { variables?: Variables[]; errors: BatchFormErrors } {
  const errors: BatchFormErrors = { rows: {}, sets: {} };
  const variables = sets.map((set) => {
    const vars: Variables = {};
    for (const row of set.rows) {
      const name = row.name.trim();
      if (name === "" && row.value === "") continue;
      if (name === "") errors.rows[rowKey(set, row)] = "Give this value a name";
      else if (Object.hasOwn(vars, name)) errors.rows[rowKey(set, row)] = `“${name}” is already in this set`;
      else vars[name] = typedValue(row.value);
    }
    if (Object.keys(vars).length === 0 && !set.rows.some((r) => errors.rows[rowKey(set, r)])) {
      errors.sets[set.key] = "Add a variable to this set, or remove the set";
    }
    return vars;
  });
  return { ...(sets.length > 0 ? { variables } : {}), errors };
}

export function hasErrors(errors: BatchFormErrors): boolean {
  return (
    Object.keys(errors.rows).length + Object.keys(errors.sets).length > 0 || Boolean(errors.variables || errors.webhook || errors.form)
  );
}

const CAPITAL = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** After the variable's name the server's sentence goes on in lower case ("“page” is filled in…"). */
const AFTER_NAME = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * The server's answer placed on the form: `fieldErrors` keyed by the API's paths (`webhook_url`,
 * `variables`, `variables[0]`, `variables[0].year`), and errors the server raised after parsing
 * (`webhook_url: …` for an address it will not call) on the field they name.
 */
export function placeServerErrors(
  sets: readonly VariableSet[],
  result: { error: string; fieldErrors?: Record<string, string> },
): BatchFormErrors {
  const errors: BatchFormErrors = { rows: {}, sets: {} };
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(result.fieldErrors ?? {})) {
    const m = /^variables\[(\d+)\](?:\.(.+))?$/.exec(path);
    const set = m ? sets[Number(m[1])] : undefined;
    if (path === "webhook_url") errors.webhook = CAPITAL(message);
    else if (path === "variables") errors.variables = CAPITAL(message);
    else if (set && m?.[2] !== undefined) {
      const row = set.rows.find((r) => r.name.trim() === m[2]);
      if (row) errors.rows[rowKey(set, row)] = `“${m[2]}” ${AFTER_NAME(message)}`;
      else errors.sets[set.key] = `“${m[2]}” ${AFTER_NAME(message)}`;
    } else if (set) errors.sets[set.key] = CAPITAL(message);
    else unplaced.push(`${path}: ${message}`);
  }
  const webhook = /^webhook_url: (.+)$/.exec(result.error);
  if (webhook?.[1]) errors.webhook = CAPITAL(webhook[1]);
  else if (!result.fieldErrors || unplaced.length > 0) errors.form = unplaced[0] ?? result.error;
  return errors;
}
