// Checks that depend only on a master, run once per master widget rather than once per page.
import { usesYearWithMonthNeighbour } from "../tokens/auto-vars";
import { parseBind } from "../tokens/bind";
import { tokenNames } from "../tokens/substitute";
import { linkListRects } from "./link-list";
import type { MasterModel } from "./model";
import type { PathSegment } from "../paths";
import { masterWidgetPath } from "./paths";
import type { DiagnosticSink } from "../sink";
import { isRecord } from "../raw";
import { num } from "./state";

function eachString(value: unknown, key: PathSegment[], visit: (s: string, key: PathSegment[]) => void): void {
  if (typeof value === "string") visit(value, key);
  else if (Array.isArray(value)) value.forEach((v, i) => eachString(v, [...key, i], visit));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) eachString(v, [...key, k], visit);
}

/** Sorted unique names used as `{x}` or `@x` in content, properties and styling (§6.2 used_variables). */
export function usedVariables(widgets: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const w of widgets) {
    if (!isRecord(w)) continue;
    for (const key of ["content", "properties", "styling"]) eachString(w[key], [], (s) => tokenNames(s).forEach((n) => names.add(n)));
  }
  return [...names].sort();
}

export function checkMaster(master: MasterModel, sink: DiagnosticSink, minTouch: number): void {
  for (const w of master.widgets) {
    const src = w.source;
    const props = isRecord(src.properties) ? src.properties : {};
    const at = (...rest: PathSegment[]) => masterWidgetPath(master.name, w.index, ...rest);
    if ((w.type === "internal_link" || w.type === "tap_zone") && typeof props.bind === "string" && !parseBind(props.bind)) {
      sink.push({ severity: "error", code: "schema", path: at("properties", "bind"), message: `bind: invalid syntax "${props.bind}"` });
    }
    if (w.type === "link_list") {
      if (props.labels === undefined && props.count !== undefined) {
        sink.push({
          severity: "warning",
          code: "deprecated",
          path: at("properties", "count"),
          message: "the link_list generator model (count, label_template, bind) is deprecated; use labels and destinations",
        });
      } else if (Array.isArray(props.labels) && Array.isArray(props.destinations) && props.labels.length !== props.destinations.length) {
        sink.push({
          severity: "error",
          code: "schema",
          path: at("properties", "destinations"),
          message: `must have the same length as labels (${props.labels.length}, got ${props.destinations.length})`,
        });
      }
    }
    for (const key of ["content", "properties"] as const) {
      eachString(src[key], [], (s, k) => {
        if (usesYearWithMonthNeighbour(tokenNames(s))) {
          sink.push({
            severity: "info",
            code: "lint",
            path: at(key, ...k),
            message: "month_prev/month_next do not change the year (wrong in January/December); use month_prev_ym/month_next_ym",
          });
        }
      });
    }
    const pos = isRecord(src.position) ? src.position : {};
    const rect = { x: num(pos.x, 0), y: num(pos.y, 0), width: num(pos.width, 0), height: num(pos.height, 0) };
    let sizes: { width: number; height: number }[] = [];
    if (w.type === "internal_link" || w.type === "tap_zone" || w.type === "checkbox") sizes = [rect];
    else if (w.type === "link_list")
      sizes = linkListRects(rect, Array.isArray(props.labels) ? props.labels.length : num(props.count, 0), props);
    const small = sizes.find((r) => r.width < minTouch || r.height < minTouch);
    if (small) {
      sink.push({
        severity: "info",
        code: "lint",
        path: at("position"),
        message: `touch target ${small.width.toFixed(1)} × ${small.height.toFixed(1)} pt is smaller than ${minTouch} pt${w.type === "checkbox" ? "" : "; the renderer enlarges link hit areas where space allows"}`,
      });
    }
  }
}
