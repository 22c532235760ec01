// einkpdf's legacy link_list generator (§3.17): `count`, `start_index`, `index_pad`,
// `label_template`, `bind`. Expanded at validation time so the renderer only sees labels/destinations.

type Legacy = {
  count: number;
  start_index?: number | undefined;
  index_pad?: number | undefined;
  label_template?: string | undefined;
  bind?: string | undefined;
};

const CALL = /^([a-z][a-z0-9_-]*)\((.*)\)(?:#([a-z0-9_-]+))?$/i;

/** §5.8 for the only variable the generator defines, `@index` / `{index}` / `{index_padded}`. */
export function legacyBindTarget(bind: string, index: number, padded: string): string {
  const substituted = bind.replace(/\{index_padded\}/g, padded).replace(/\{index\}|@index\b/g, String(index));
  const call = CALL.exec(substituted.trim());
  if (!call) return substituted.trim();
  const [, fn = "", arg = "", suffix] = call;
  const base = fn === "notes" ? `notes:page:${arg.padStart(3, "0")}` : `${fn}:${arg}`;
  return suffix ? `${base}:${suffix}` : base;
}

export function expandLegacyLinkList(legacy: Legacy): { labels: string[]; destinations: string[] } {
  const start = legacy.start_index ?? 1;
  const pad = legacy.index_pad ?? 3;
  const template = legacy.label_template ?? "Note {index_padded}";
  const bind = legacy.bind ?? "notes(@index)";
  const labels: string[] = [];
  const destinations: string[] = [];
  for (let i = 0; i < legacy.count; i++) {
    const index = start + i;
    const padded = String(index).padStart(pad, "0");
    labels.push(template.replace(/\{index_padded\}/g, padded).replace(/\{index\}/g, String(index)));
    destinations.push(legacyBindTarget(bind, index, padded));
  }
  return { labels, destinations };
}
