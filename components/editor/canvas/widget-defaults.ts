// What the palette adds: each of the 15 widget types with a size and the properties it needs to draw.
import type { Rect } from "@/lib/templates/yaml-edit";

type Defaults = { label: string; size: [number, number]; extra?: (ctx: { id: string; date: string }) => Record<string, unknown> };

export const WIDGET_DEFAULTS: Record<string, Defaults> = {
  text_block: { label: "Text", size: [200, 30], extra: () => ({ content: "Text", styling: { size: 14 } }) },
  checkbox: { label: "Checkbox", size: [160, 24], extra: () => ({ content: "To do" }) },
  box: { label: "Box", size: [160, 100] },
  divider: { label: "Divider", size: [200, 2] },
  vertical_line: { label: "Vertical line", size: [2, 160] },
  lines: { label: "Ruled lines", size: [300, 200] },
  dot_grid: { label: "Dot grid", size: [300, 200] },
  image: { label: "Image", size: [120, 120], extra: () => ({ properties: { image_fit: "fit" } }) },
  table: { label: "Table", size: [300, 160], extra: () => ({ properties: { rows: 5, columns: 3 } }) },
  anchor: { label: "Anchor", size: [20, 20], extra: ({ id }) => ({ properties: { dest_id: id } }) },
  internal_link: { label: "Link", size: [120, 44], extra: () => ({ content: "Go to page 1", properties: { to_dest: "Page_1" } }) },
  tap_zone: { label: "Tap zone", size: [60, 60], extra: () => ({ properties: { tap_action: "next_page" } }) },
  calendar: {
    label: "Calendar",
    size: [280, 220],
    extra: ({ date }) => ({ properties: { calendar_type: "monthly", start_date: date, link_strategy: "none" } }),
  },
  day_list: { label: "Day list", size: [260, 300], extra: ({ date }) => ({ properties: { start_date: date } }) },
  link_list: { label: "Link list", size: [240, 44], extra: () => ({ properties: { labels: ["Page 1"], destinations: ["Page_1"] } }) },
};

export const WIDGET_TYPE_NAMES = Object.keys(WIDGET_DEFAULTS);

/** A new widget value at `at` (its top-left corner), ready to append to a widgets list. */
export function newWidget(type: string, id: string, at: { x: number; y: number }, page: number | null): Record<string, unknown> {
  const d = WIDGET_DEFAULTS[type] ?? { label: type, size: [100, 50] as [number, number] };
  const position: Rect = { x: at.x, y: at.y, width: d.size[0], height: d.size[1] };
  const date = new Date().toISOString().slice(0, 8) + "01";
  return { id, type, ...(page !== null ? { page } : {}), position, ...(d.extra?.({ id, date }) ?? {}) };
}
