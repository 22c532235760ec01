// Type guards for walking untrusted, unvalidated YAML values.
export type RawMap = Record<string, unknown>;

/** The one "is this a YAML mapping / JSON object" guard (not null, not a list). */
export function isRecord(value: unknown): value is RawMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function mapAt(parent: unknown, key: string): RawMap | undefined {
  if (!isRecord(parent)) return undefined;
  const value = parent[key];
  return isRecord(value) ? value : undefined;
}

export function listAt(parent: unknown, key: string): unknown[] {
  if (!isRecord(parent)) return [];
  const value = parent[key];
  return Array.isArray(value) ? value : [];
}

export function has(map: RawMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** Every widget list in the document with its path: page widgets and each master's widgets. */
export function widgetLists(doc: RawMap): { path: (string | number)[]; widgets: unknown[] }[] {
  const lists: { path: (string | number)[]; widgets: unknown[] }[] = [{ path: ["widgets"], widgets: listAt(doc, "widgets") }];
  listAt(doc, "masters").forEach((master, i) => {
    lists.push({ path: ["masters", i, "widgets"], widgets: listAt(master, "widgets") });
  });
  return lists;
}
