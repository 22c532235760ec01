// Colours (§3.2) and monochrome conversion (§7.5). Every painted colour goes through `paintColor`.
import type { RenderProfile } from "./model";

const HEX6 = /^#([0-9a-f]{6})$/i;
const HEX3 = /^#([0-9a-f]{3})$/i;

/** `#RRGGBB` (upper case), `null` for none/transparent, `undefined` if unparsable. */
export function parseColor(value: unknown): string | null | undefined {
  // The validator normalises none/transparent to null: an explicit "no fill".
  if (value === null) return null;
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  if (v === "none" || v === "transparent") return null;
  const m6 = HEX6.exec(v);
  if (m6?.[1]) return `#${m6[1].toUpperCase()}`;
  const m3 = HEX3.exec(v);
  if (m3?.[1]) {
    const [r = "0", g = "0", b = "0"] = m3[1].toUpperCase().split("");
    return `#${r}${r}${g}${g}${b}${b}`;
  }
  return undefined;
}

export function toGrey(hex: string): string {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  const l = Math.round(0.299 * r + 0.587 * g + 0.114 * b)
    .toString(16)
    .padStart(2, "0")
    .toUpperCase();
  return `#${l}${l}${l}`;
}

/**
 * Resolve a colour value with its default and convert it for monochrome panels. `convert: false` is for
 * an author-set colour the constraint scope exempts (§7.5); built-in colours always convert.
 */
export function paintColor(value: unknown, fallback: string | null, profile: RenderProfile, convert = true): string | null {
  const parsed = parseColor(value);
  const c = parsed === undefined ? fallback : parsed;
  if (c === null) return null;
  return profile.color || !convert ? c : toGrey(c);
}
