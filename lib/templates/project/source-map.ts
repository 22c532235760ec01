// Maps paths in a compiled template back to the project (§2.9): `widgets[812].styling.size` becomes
// `masters["day"].widgets[3].styling.size [page 37, section days, date 2026-02-06]`, so problems the
// template validator or renderer find in compiled output still point at what the author wrote.
import { instanceSuffix, masterWidgetPath, type Instance } from "./paths";

export type WidgetOrigin = { master: string; index: number; instance: Instance; item?: number };

const WIDGET_PATH = /^widgets\[(\d+)\](.*)$/;

/** Item widgets of an expanded link_list carry their label and target under different keys. */
function itemRest(rest: string, item: number): string {
  if (rest.startsWith(".content")) return `.properties.labels[${item}]${rest.slice(".content".length)}`;
  if (rest.startsWith(".properties.to_dest")) return `.properties.destinations[${item}]${rest.slice(".properties.to_dest".length)}`;
  return rest;
}

export function makePathMapper(origins: readonly (WidgetOrigin | undefined)[]): (path: string) => string {
  return (path) => {
    const m = WIDGET_PATH.exec(path);
    const origin = m ? origins[Number(m[1])] : undefined;
    if (!m || !origin) return path;
    const rest = origin.item === undefined ? (m[2] ?? "") : itemRest(m[2] ?? "", origin.item);
    return masterWidgetPath(origin.master, origin.index) + rest + instanceSuffix(origin.instance);
  };
}
