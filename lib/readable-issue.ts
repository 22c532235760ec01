// zod's own messages ("Too big: expected string to have <=60 characters", "Invalid input: expected number, received
// NaN") read like a type checker. Schemas that give their own message ("must be an id") keep it; every message zod made
// up is rewritten here, in one place, before an API answer or a form shows it.
import type { core } from "zod";

// zod's English messages all start like this; the app's own are lower-case phrases ("must be …", "unknown field …").
const ZOD_DEFAULT = /^(Invalid |Too big|Too small|Unrecognized key)/;

const TYPES: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  date: "a date",
  bigint: "a whole number",
};

const UNITS: Record<string, string> = { string: "characters", array: "items", set: "items", file: "bytes" };

const quote = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));

function bound(issue: core.$ZodIssueTooBig | core.$ZodIssueTooSmall): string {
  const big = issue.code === "too_big";
  const limit = Number(big ? issue.maximum : issue.minimum);
  const unit = UNITS[issue.origin];
  if (unit) {
    if (!big && limit === 1 && issue.inclusive !== false) return "must not be empty";
    const n = issue.inclusive === false ? limit + (big ? -1 : 1) : limit;
    const verb = issue.origin === "string" || issue.origin === "file" ? "be" : "have";
    return `must ${verb} ${big ? "at most" : "at least"} ${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
  }
  if (issue.inclusive === false) return `must be ${big ? "less" : "greater"} than ${limit}`;
  return `must be ${big ? "at most" : "at least"} ${limit}`;
}

/** The message a person reads for one zod issue: the schema's own, or a plain rewrite of zod's default. */
export function readableIssue(issue: core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      if (/received undefined$/.test(issue.message)) return "is required";
      return `must be ${TYPES[issue.expected] ?? issue.expected}`;
    case "too_big":
    case "too_small":
      return bound(issue);
    case "invalid_value":
      return issue.values.length === 1 ? `must be ${quote(issue.values[0])}` : `must be one of ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
      return issue.format === "regex" ? "has the wrong format" : `must be a valid ${issue.format === "url" ? "URL" : issue.format}`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map(quote).join(", ")}`;
    case "invalid_key":
      return "has a key that is not allowed";
    case "invalid_element":
      return "has a value that is not allowed";
    default:
      return "is not valid";
  }
}
