// Step 3 of §6.4: one page instance of a master → compiled widgets, anchors and link records.
import { parseBind, resolveBind, type BindExpression } from "../tokens/bind";
import { mayContainTokens } from "../tokens/substitute";
import { normalizeDestination, isCanonicalDestination } from "../tokens/targets";
import { expandLinkList, keepsList, keptListProperties } from "./link-list";
import type { MasterModel, MasterWidget } from "./model";
import { subCellTemplate, subLink, subText, type PageEnv } from "./page-env";
import type { PathSegment } from "../paths";
import { masterWidgetPath } from "./paths";
import { isRecord } from "../raw";
import { copyData, num, type CompileState } from "./state";

/** Templates whose per-cell placeholders ({date} of each calendar day, {row} of a table cell) the renderer fills. */
const CELL_TEMPLATE_KEYS = new Set(["link_template", "week_link_template"]);
const LINKING_TYPES = new Set(["internal_link", "tap_zone"]);

const bindCache = new WeakMap<MasterWidget, BindExpression | null>();

function bindOf(w: MasterWidget, text: string): BindExpression | null {
  let b = bindCache.get(w);
  if (b === undefined) {
    b = parseBind(text) ?? null;
    bindCache.set(w, b);
  }
  return b;
}

function subValue(value: unknown, key: PathSegment[], w: MasterWidget, master: MasterModel, env: PageEnv, id: string): unknown {
  if (typeof value === "string") {
    return mayContainTokens(value) ? subText(value, env, () => masterWidgetPath(master.name, w.index, "properties", ...key), id) : value;
  }
  if (Array.isArray(value)) return value.map((v, i) => subValue(v, [...key, i], w, master, env, id));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = subValue(v, [...key, k], w, master, env, id);
    return out;
  }
  return value;
}

function buildProperties(
  w: MasterWidget,
  master: MasterModel,
  env: PageEnv,
  id: string,
  state: CompileState,
  widget: Record<string, unknown>,
) {
  const props = isRecord(w.source.properties) ? w.source.properties : {};
  const out: Record<string, unknown> = {};
  let target: { text: string; suppressed: boolean; path: string } | undefined;
  for (const [k, v] of Object.entries(props)) {
    if (CELL_TEMPLATE_KEYS.has(k) && typeof v === "string")
      out[k] = subCellTemplate(v, env, () => masterWidgetPath(master.name, w.index, "properties", k), id);
    else if (k === "bind" && LINKING_TYPES.has(w.type) && typeof v === "string") {
      const path = masterWidgetPath(master.name, w.index, "properties", "bind");
      const b = bindOf(w, v);
      if (!b) continue; // reported once per master in checkMasterWidget
      const r = resolveBind(b, env.lookup);
      target = { text: r.target ?? "", suppressed: r.suppressed, path };
    } else if (k === "to_dest" && typeof v === "string") {
      // bind replaces to_dest when both are present (§3.13).
      if (!(typeof props.bind === "string" && LINKING_TYPES.has(w.type))) {
        const path = masterWidgetPath(master.name, w.index, "properties", "to_dest");
        target = { ...subLink(v, env, path, id), path };
      }
    } else if (k === "dest_id" && w.type === "anchor" && typeof v === "string") {
      out[k] = registerAnchor(w, master, env, id, v, state, widget);
    } else out[k] = subValue(v, [k], w, master, env, id);
  }
  widget.properties = out;
  if (target && LINKING_TYPES.has(w.type)) {
    out.to_dest = target.text;
    state.links.push({
      widget,
      target: target.text,
      suppressed: target.suppressed,
      path: target.path,
      instance: env.instance,
      widgetId: id,
    });
  }
}

/** Resolves and registers an anchor id; an anchor that cannot resolve is dropped from the output. */
function registerAnchor(
  w: MasterWidget,
  master: MasterModel,
  env: PageEnv,
  id: string,
  raw: string,
  state: CompileState,
  widget: Record<string, unknown>,
): string {
  const path = masterWidgetPath(master.name, w.index, "properties", "dest_id");
  // The anchor's own "does not resolve" diagnostic below replaces the generic unresolved-token one.
  const r = subLink(raw, env, path, id, false);
  const dest = normalizeDestination(r.text);
  const sink = state.sink;
  if (r.suppressed || dest === "" || /[{}@]/.test(dest)) {
    sink.atInstance(
      path,
      env.instance,
      {
        severity: sink.softSeverity,
        code: "unresolved_token",
        message: `anchor id "${raw}" does not resolve on this page (anchor dropped)`,
      },
      id,
    );
    state.dropped.add(widget);
    return dest;
  }
  if (!isCanonicalDestination(dest)) {
    sink.atInstance(
      path,
      env.instance,
      { severity: "error", code: "schema", message: `destination id "${dest}" must match ^[a-z0-9][a-z0-9:_-]{1,127}$` },
      id,
    );
    return dest;
  }
  const pos = isRecord(w.source.position) ? w.source.position : {};
  state.anchors.push({ id: dest, page: env.page, x: num(pos.x, 0), y: num(pos.y, 0), path, instance: env.instance, widgetId: id });
  return dest;
}

/**
 * Keys copied verbatim on every page, normalised once through JSON (so every page gets what
 * JSON.parse(JSON.stringify(…)) would give: undefined dropped, NaN and infinities as null, -0 as 0),
 * then copied per page with copyData, which costs less than parsing the text again.
 */
const staticData = new WeakMap<MasterWidget, unknown>();

const STATIC_SKIP = new Set(["id", "type", "page", "content", "properties"]);

function staticPart(w: MasterWidget): Record<string, unknown> {
  if (!staticData.has(w)) {
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(w.source)) if (!STATIC_SKIP.has(k)) rest[k] = v;
    staticData.set(w, JSON.parse(JSON.stringify(rest)));
  }
  return copyData(staticData.get(w)) as Record<string, unknown>;
}

function instantiateWidget(w: MasterWidget, master: MasterModel, env: PageEnv, state: CompileState): void {
  const keptList = w.type === "link_list" && keepsList(w);
  if (w.type === "link_list" && !keptList) {
    expandLinkList(w, master, env, state);
    return;
  }
  const n = env.page;
  const id = `page_${n}_${w.id}`;
  const widget: Record<string, unknown> = Object.assign({ id, type: w.type, page: n }, staticPart(w));
  const content = w.source.content;
  if (typeof content === "string") widget.content = subText(content, env, () => masterWidgetPath(master.name, w.index, "content"), id);
  else if (content !== undefined) widget.content = content;
  if (keptList) widget.properties = keptListProperties(w, master, env, id);
  else if (w.source.properties !== undefined) buildProperties(w, master, env, id, state, widget);
  state.widgets.push(widget);
  state.origins.set(widget, { master: master.name, index: w.index, instance: env.instance });
}

export function instantiatePage(master: MasterModel, env: PageEnv, state: CompileState): void {
  for (const w of master.widgets) instantiateWidget(w, master, env, state);
}
