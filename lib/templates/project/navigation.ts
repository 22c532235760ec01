// Steps 4–6 of §6.4: destination registry, link pass (§4.6) and the navigation block.
import { isSuppressedTarget, normalizeDestination, pageTargetNumber } from "../tokens/targets";
import { DANGLING_REPORT_LIMIT, danglingMessage, danglingRestMessage } from "../dangling";
import type { AnchorRecord, CompileState, LinkRecord } from "./state";
import { isRecord } from "../raw";

export type Registry = Map<string, AnchorRecord>;

/** Duplicates: the last definition wins, with `duplicate_destination` (D7). Insertion order = page order. */
export function buildRegistry(state: CompileState): Registry {
  const registry: Registry = new Map();
  for (const a of state.anchors) {
    const first = registry.get(a.id);
    if (first) {
      state.sink.atInstance(
        a.path,
        a.instance,
        {
          severity: state.sink.softSeverity,
          code: "duplicate_destination",
          message: `destination "${a.id}" is also defined on page ${first.page} (the later one wins)`,
        },
        a.widgetId,
      );
    }
    registry.set(a.id, a);
  }
  return registry;
}

export function resolveLinks(state: CompileState, registry: Registry, totalPages: number): void {
  const sink = state.sink;
  const dangling: { link: LinkRecord; target: string }[] = [];
  for (const link of state.links) {
    const props = isRecord(link.widget.properties) ? link.widget.properties : {};
    const target = normalizeDestination(link.target);
    const drop = () => {
      delete props.to_dest;
      // An invisible tap_zone without to_dest would fall back to a link to its own page.
      if (link.widget.type === "tap_zone") state.dropped.add(link.widget);
    };
    if (link.suppressed || isSuppressedTarget(target)) {
      drop();
      sink.atInstance(
        link.path,
        link.instance,
        {
          severity: "info",
          code: "link_suppressed",
          message: `no link: target "${link.target}" is empty at this boundary`,
        },
        link.widgetId,
      );
      continue;
    }
    const pageNo = pageTargetNumber(target);
    if ((pageNo !== undefined && pageNo >= 1 && pageNo <= totalPages) || registry.has(target)) {
      props.to_dest = target;
      continue;
    }
    drop();
    dangling.push({ link, target });
  }
  reportDangling(state, dangling);
}

/** §4.6: the first 20 dangling links, each at its master widget's line, then a count of the rest. */
function reportDangling(state: CompileState, dangling: { link: LinkRecord; target: string }[]): void {
  const sink = state.sink;
  const dropped = sink.strict ? "" : " (link dropped)";
  for (const { link, target } of dangling.slice(0, DANGLING_REPORT_LIMIT)) {
    const w = link.widget;
    const message = danglingMessage({
      page: typeof w.page === "number" ? w.page : 1,
      widgetType: String(w.type),
      widgetId: String(w.id ?? link.widgetId),
      label: typeof w.content === "string" ? w.content : undefined,
      target,
    });
    sink.atInstance(
      link.path,
      link.instance,
      { severity: sink.softSeverity, code: "dangling_link", message: message + dropped },
      link.widgetId,
    );
  }
  const rest = danglingRestMessage(dangling.length);
  const next = dangling[DANGLING_REPORT_LIMIT];
  // Pushed directly: the sink's per-widget folding would swallow it behind the listed ones.
  if (rest && next) sink.push({ severity: sink.softSeverity, code: "dangling_link", path: next.link.path, message: rest });
}

export type NamedDestination = { id: string; page: number; x: number; y: number; fit: "FitH" };
export type NavigationLink = { from_widget: string; to_dest: string; padding: number };

export function namedDestinations(registry: Registry): NamedDestination[] {
  return [...registry.values()].map((a) => ({ id: a.id, page: a.page, x: a.x, y: a.y, fit: "FitH" }));
}

export function navigationLinks(widgets: readonly Record<string, unknown>[]): NavigationLink[] {
  const out: NavigationLink[] = [];
  for (const w of widgets) {
    const props = w.properties;
    if (
      (w.type === "internal_link" || w.type === "tap_zone") &&
      isRecord(props) &&
      typeof props.to_dest === "string" &&
      props.to_dest !== ""
    ) {
      out.push({ from_widget: String(w.id), to_dest: props.to_dest, padding: 6 });
    }
  }
  return out;
}
