// Defensive readers for widget properties and styling. The validator has already checked types and
// ranges; these only apply spec defaults and coerce numeric strings (§2.1), so a widget never sees
// `undefined` where the spec defines a default.
export type Bag = Record<string, unknown> | undefined;

export function num(bag: Bag, key: string, fallback: number, min = -Infinity, max = Infinity): number {
  const raw = bag?.[key];
  const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

export function optNum(bag: Bag, key: string): number | undefined {
  const raw = bag?.[key];
  const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function str(bag: Bag, key: string, fallback: string): string {
  const raw = bag?.[key];
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return fallback;
}

export function optStr(bag: Bag, key: string): string | undefined {
  const raw = bag?.[key];
  if (typeof raw === "string") return raw;
  if (typeof raw === "number") return String(raw);
  return undefined;
}

export function bool(bag: Bag, key: string, fallback: boolean): boolean {
  const raw = bag?.[key];
  if (typeof raw === "boolean") return raw;
  if (raw === "true") return true;
  if (raw === "false") return false;
  return fallback;
}

export function list(bag: Bag, key: string): unknown[] | undefined {
  const raw = bag?.[key];
  return Array.isArray(raw) ? raw : undefined;
}

/** First present key wins (styling aliases, §3.4: the key wins over its alias). */
export function alias(bag: Bag, keys: string[]): unknown {
  for (const k of keys) if (bag?.[k] !== undefined) return bag[k];
  return undefined;
}
