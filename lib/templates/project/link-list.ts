// Compile-time expansion of link_list into internal_link widgets (§3.17, §6.4 step 3.4), including the
// deprecated generator model. Ids are `page_{n}_links_{k}_{i}` with k the list's index in its master.
import { parseBind, resolveBind } from "../tokens/bind";
import type { MasterModel, MasterWidget } from "./model";
import { subLink, subText, type PageEnv } from "./page-env";
import { masterWidgetPath } from "./paths";
import { isRecord } from "../raw";
import { copyData, num, type CompileState } from "./state";

type Rect = { x: number; y: number; width: number; height: number };

/** Item rectangles; vertical lists are laid out in a rotated frame (width H, height W). */
export function linkListRects(pos: Rect, n: number, props: Record<string, unknown>): Rect[] {
  const columns = Math.max(1, Math.floor(num(props.columns, 1)));
  const gapX = num(props.gap_x, 0);
  const gapY = num(props.gap_y, 0);
  const orientation = props.orientation === "vertical" ? "vertical_cw" : props.orientation;
  const vertical = orientation === "vertical_cw" || orientation === "vertical_ccw";
  const fw = vertical ? pos.height : pos.width;
  const fh = vertical ? pos.width : pos.height;
  const rows = Math.max(1, Math.ceil(n / columns));
  const w = (fw - (columns - 1) * gapX) / columns;
  const h = props.item_height !== undefined ? num(props.item_height, 0) : (fh - (rows - 1) * gapY) / rows;
  const rects: Rect[] = [];
  for (let i = 0; i < n; i++) {
    const fx = (i % columns) * (w + gapX);
    const fy = Math.floor(i / columns) * (h + gapY);
    if (!vertical) rects.push({ x: pos.x + fx, y: pos.y + fy, width: w, height: h });
    // Clockwise: the frame's top edge is the widget's right edge and frame x runs downwards.
    else if (orientation === "vertical_cw") rects.push({ x: pos.x + pos.width - fy - h, y: pos.y + fx, width: h, height: w });
    else rects.push({ x: pos.x + fy, y: pos.y + pos.height - fx - w, width: h, height: w });
  }
  return rects;
}

type Item = { label: string; target: string; suppressed: boolean; path: string };

function legacyItems(w: MasterWidget, master: MasterModel, props: Record<string, unknown>, env: PageEnv, id: string): Item[] {
  const count = Math.max(0, Math.floor(num(props.count, 0)));
  const start = Math.floor(num(props.start_index, 1));
  const padTo = Math.floor(num(props.index_pad, 3));
  const labelTemplate = typeof props.label_template === "string" ? props.label_template : "Note {index_padded}";
  const bindText = typeof props.bind === "string" ? props.bind : "notes(@index)";
  const bind = parseBind(bindText);
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const index = start + i;
    const local = {
      ...env,
      lookup: (n: string) => (n === "index" ? index : n === "index_padded" ? String(index).padStart(padTo, "0") : env.lookup(n)),
    };
    const label = subText(labelTemplate, local, masterWidgetPath(master.name, w.index, "properties", "label_template"), id);
    const r = bind ? resolveBind(bind, local.lookup) : undefined;
    items.push({
      label,
      target: r?.target ?? "",
      suppressed: !r || r.suppressed,
      path: masterWidgetPath(master.name, w.index, "properties", "bind"),
    });
  }
  return items;
}

function listItems(w: MasterWidget, master: MasterModel, props: Record<string, unknown>, env: PageEnv, id: string): Item[] {
  const labels = Array.isArray(props.labels) ? props.labels : [];
  const dests = Array.isArray(props.destinations) ? props.destinations : [];
  const n = Math.min(labels.length, dests.length);
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const label = subText(String(labels[i] ?? ""), env, () => masterWidgetPath(master.name, w.index, "properties", "labels", i), id);
    const path = masterWidgetPath(master.name, w.index, "properties", "destinations", i);
    const t = subLink(String(dests[i] ?? ""), env, path, id);
    items.push({ label, target: t.text, suppressed: t.suppressed, path });
  }
  return items;
}

/** `expand: false` (Inkset's extension): the list stays one `link_list` widget on each page. */
export function keepsList(w: MasterWidget): boolean {
  return isRecord(w.source.properties) && w.source.properties.expand === false;
}

/** Keys of the old generator form, replaced by the lists they produce. */
const LEGACY_KEYS = new Set(["count", "start_index", "index_pad", "label_template", "bind"]);

/**
 * A kept list's properties on page `env.page`: labels, destinations and highlight resolved as the
 * expansion resolves them, the rest as written. A destination that is suppressed here (an empty boundary
 * variable, D8) is written empty, so the renderer leaves that item's slot empty and reports it.
 */
export function keptListProperties(w: MasterWidget, master: MasterModel, env: PageEnv, id: string): Record<string, unknown> {
  const props = isRecord(w.source.properties) ? w.source.properties : {};
  const legacy = props.labels === undefined && props.count !== undefined;
  const items = legacy ? legacyItems(w, master, props, env, id) : listItems(w, master, props, env, id);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!LEGACY_KEYS.has(k)) out[k] = copyData(v);
  out.labels = items.map((item) => item.label);
  out.destinations = items.map((item) => (item.suppressed ? "" : item.target));
  const hi = props.highlight_index;
  if (typeof hi === "string")
    out.highlight_index = subText(hi, env, masterWidgetPath(master.name, w.index, "properties", "highlight_index"), id);
  return out;
}

export function expandLinkList(w: MasterWidget, master: MasterModel, env: PageEnv, state: CompileState): void {
  const src = w.source;
  const props = isRecord(src.properties) ? src.properties : {};
  const n = env.page;
  const legacy = props.labels === undefined && props.count !== undefined;
  const items = legacy ? legacyItems(w, master, props, env, `page_${n}_${w.id}`) : listItems(w, master, props, env, `page_${n}_${w.id}`);
  const pos = isRecord(src.position) ? src.position : {};
  const rect = { x: num(pos.x, 0), y: num(pos.y, 0), width: num(pos.width, 0), height: num(pos.height, 0) };
  const rects = linkListRects(rect, items.length, props);
  const hi = props.highlight_index;
  const highlight = Math.floor(
    num(typeof hi === "string" ? subText(hi, env, masterWidgetPath(master.name, w.index, "properties", "highlight_index"), w.id) : hi, 0),
  );
  const orientation = props.orientation === "vertical" ? "vertical_cw" : (props.orientation ?? "horizontal");
  const common: Record<string, unknown> = {};
  if (src.z_order !== undefined) common.z_order = src.z_order;
  if (src.styling !== undefined) common.styling = src.styling;

  // The list's own background is one rectangle behind all items; it is skipped when items fill themselves.
  if (src.background_color !== undefined && props.background_color === undefined) {
    const box = {
      id: `page_${n}_${w.id}`,
      type: "box",
      page: n,
      position: { ...rect },
      ...(copyData(common) as object),
      background_color: src.background_color,
      styling: { line_width: 0 },
    };
    state.widgets.push(box);
    state.origins.set(box, { master: master.name, index: w.index, instance: env.instance });
  }
  items.forEach((item, i) => {
    const id = `page_${n}_links_${w.index}_${i}`;
    const r = rects[i];
    if (!r) return;
    if (item.suppressed || item.target.trim() === "" || item.target.trim().endsWith(":")) {
      state.sink.atInstance(
        item.path,
        env.instance,
        { severity: "info", code: "link_suppressed", message: `item "${item.label}" skipped: its destination is empty at this boundary` },
        id,
      );
      return;
    }
    const properties: Record<string, unknown> = { to_dest: item.target, orientation };
    if (highlight === i + 1) {
      properties.highlight = true;
      if (props.highlight_color !== undefined) properties.highlight_color = props.highlight_color;
    }
    if (props.background_color !== undefined) properties.background_color = props.background_color;
    const widget: Record<string, unknown> = {
      id,
      type: "internal_link",
      page: n,
      position: r,
      ...(copyData(common) as object),
      content: item.label,
      properties,
    };
    state.widgets.push(widget);
    state.origins.set(widget, { master: master.name, index: w.index, instance: env.instance, item: i });
    state.links.push({ widget, target: item.target, suppressed: false, path: item.path, instance: env.instance, widgetId: id });
  });
}
