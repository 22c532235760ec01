// Shared zod building blocks. Numbers accept numeric strings (§2.1, einkpdf coerced them);
// NaN and infinities are rejected by z.number() itself.
import { z } from "zod";
import { showValue } from "../paths";
import type { Colour, FillColour } from "../types";

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

function coerceNumeric(value: unknown): unknown {
  return typeof value === "string" && NUMERIC.test(value) ? Number(value) : value;
}

export const num = () => z.preprocess(coerceNumeric, z.number());
export const int = () => z.preprocess(coerceNumeric, z.number().int());
/** Inclusive range. */
export const numIn = (min: number, max: number) => z.preprocess(coerceNumeric, z.number().min(min).max(max));
export const intIn = (min: number, max: number) => z.preprocess(coerceNumeric, z.number().int().min(min).max(max));
export const positive = () => z.preprocess(coerceNumeric, z.number().gt(0));
export const nonNegative = () => z.preprocess(coerceNumeric, z.number().min(0));

/** Text fields accept YAML numbers and booleans (`content: 2026`) as their string form. */
export const text = () => z.preprocess((v) => (typeof v === "number" || typeof v === "boolean" ? String(v) : v), z.string());

export const ID_PATTERN = /^[a-zA-Z0-9_-]+$/;
export const id = () => z.string().regex(ID_PATTERN);

const HEX = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

export function isColour(value: unknown): value is string {
  return typeof value === "string" && HEX.test(value);
}

export function isFillColour(value: unknown): value is string {
  return isColour(value) || (typeof value === "string" && /^(none|transparent)$/i.test(value));
}

export function normaliseColour(value: string): Colour {
  const hex = value.slice(1).toUpperCase();
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return `#${full}`;
}

export function normaliseFill(value: string): FillColour {
  return /^(none|transparent)$/i.test(value) ? null : normaliseColour(value);
}

const got = (text: string) => (iss: { input?: unknown }) => `${text} (got ${showValue(iss.input)})`;

export const colour = () =>
  z
    .string({ error: got("must be a colour #RRGGBB") })
    .regex(HEX, { error: got("must be a colour #RRGGBB") })
    .transform(normaliseColour);

export const fillColour = () =>
  z
    .string({ error: got("must be a colour #RRGGBB, none or transparent") })
    .refine(isFillColour, { error: got("must be a colour #RRGGBB, none or transparent") })
    .transform(normaliseFill);

export const orientation = () => z.enum(["horizontal", "vertical_cw", "vertical_ccw"]);
export const textAlign = () => z.enum(["left", "center", "right"]);
