// Turns zod issues into the §2.9 message style: `must be > 0 (got 0)`, `is required`, …
import type { z } from "zod";
import { showValue } from "../paths";

type RawIssue = z.core.$ZodRawIssue;

const LEGACY_TYPES = new Set(["grid", "calendar_year", "calendar_month"]);

function typeName(expected: string): string {
  switch (expected) {
    case "object":
      return "a mapping";
    case "array":
    case "tuple":
      return "a list";
    case "int":
      return "an integer";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "string":
      return "a string";
    default:
      return expected;
  }
}

function bound(iss: RawIssue, upper: boolean): string {
  const limit = upper ? (iss as { maximum?: unknown }).maximum : (iss as { minimum?: unknown }).minimum;
  const inclusive = (iss as { inclusive?: boolean }).inclusive !== false;
  const origin = (iss as { origin?: string }).origin;
  const n = String(limit);
  if (origin === "string") return upper ? `must be at most ${n} characters` : `must be at least ${n} characters`;
  if (origin === "array" || origin === "set") {
    return upper ? `must have at most ${n} items` : `must have at least ${n} items`;
  }
  const op = upper ? (inclusive ? "<=" : "<") : inclusive ? ">=" : ">";
  return `must be ${op} ${n}`;
}

function unsupportedType(input: unknown): string {
  const type = input !== null && typeof input === "object" ? (input as Record<string, unknown>).type : input;
  if (type === undefined) return "is required";
  if (typeof type === "string" && LEGACY_TYPES.has(type)) {
    return `unsupported widget type "${type}" (legacy compile-time composite; use table, calendar or link_list)`;
  }
  return `unsupported widget type ${showValue(type)}`;
}

export function templateErrorMap(iss: RawIssue): string | undefined {
  const input = iss.input;
  const gotText = `(got ${showValue(input)})`;
  switch (iss.code) {
    case "invalid_type": {
      if (input === undefined) return "is required";
      if (typeof input === "number" && !Number.isFinite(input)) return `must be a finite number ${gotText}`;
      if (iss.expected === "int") return `must be an integer ${gotText}`;
      return `must be ${typeName(String(iss.expected))} ${gotText}`;
    }
    case "too_small":
      return `${bound(iss, false)} ${gotText}`;
    case "too_big":
      return `${bound(iss, true)} ${gotText}`;
    case "invalid_format": {
      const pattern = (iss as { pattern?: unknown }).pattern;
      return `must match ${String(pattern ?? iss.format)} ${gotText}`;
    }
    case "invalid_value": {
      const values = (iss as { values?: readonly unknown[] }).values ?? [];
      if (values.length === 1) return `must be ${showValue(values[0])} ${gotText}`;
      return `must be one of ${values.map((v) => String(v)).join(", ")} ${gotText}`;
    }
    case "invalid_union":
      if ((iss as { discriminator?: string }).discriminator === "type") return unsupportedType(input);
      return `is not valid ${gotText}`;
    case "unrecognized_keys":
      return `unknown keys`;
    case "not_multiple_of":
      return `must be a multiple of ${String((iss as { divisor?: unknown }).divisor)} ${gotText}`;
    default:
      return undefined;
  }
}
