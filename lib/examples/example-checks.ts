// Static checks the gallery tests apply to every example (and to compiled projects): only keys the
// specification defines, geometry inside the page, and sizes, strokes, colours and touch targets that
// already satisfy the target profile, so examples render without constraint warnings.
import { isRecord } from "@/lib/templates/raw";
import { STYLING_KEYS } from "@/lib/templates/schema/widget-base";

const COMMON = ["id", "type", "page", "position", "z_order", "background_color", "content", "styling", "properties"];
const PROPS: Record<string, string[]> = {
  text_block: ["orientation"],
  checkbox: ["checked", "box_size", "orientation"],
  box: ["corner_radius", "opacity"],
  divider: [],
  vertical_line: [],
  lines: [
    "line_spacing",
    "line_count",
    "line_thickness",
    "margin_left",
    "margin_right",
    "top_padding",
    "bottom_padding",
    "line_style",
    "line_cap",
    "columns",
    "column_gap",
    "lines",
  ],
  dot_grid: ["grid_cell_size", "dot_size", "dot_shape", "dot_color", "margin_left", "margin_right", "margin_top", "margin_bottom"],
  table: [
    "rows",
    "columns",
    "has_header",
    "table_data",
    "column_widths",
    "border_style",
    "stroke_color",
    "stroke_width",
    "cell_padding",
    "row_height",
    "header_background",
    "header_color",
    "zebra_rows",
    "even_row_bg",
    "odd_row_bg",
    "text_align",
    "text_wrap",
    "max_lines",
    "link_template",
    "link_columns",
  ],
  anchor: ["dest_id"],
  internal_link: ["to_dest", "bind", "orientation", "highlight", "highlight_color", "background_color"],
  tap_zone: ["to_dest", "bind", "tap_action", "target_page"],
  calendar: [
    "calendar_type",
    "start_date",
    "end_date",
    "show_weekdays",
    "show_month_name",
    "show_year",
    "show_grid_lines",
    "layout_orientation",
    "first_day_of_week",
    "cell_min_size",
    "link_strategy",
    "link_template",
    "week_link_template",
    "first_page_number",
    "pages_per_date",
    "show_trailing_days",
    "highlight_today",
    "highlight_date",
    "weekday_label_style",
    "month_name_format",
    "week_numbers",
    "cell_padding",
    "force_weeks",
    "show_time_grid",
    "show_time_gutter",
    "time_start_hour",
    "time_end_hour",
    "time_slot_minutes",
    "time_label_interval",
    "locale",
  ],
  day_list: [
    "start_date",
    "show_day_numbers",
    "show_weekday_names",
    "weekday_format",
    "show_week_numbers",
    "row_height",
    "show_notes_lines",
    "notes_line_count",
    "highlight_weekends",
    "weekend_color",
    "first_day_of_week",
    "link_strategy",
    "link_template",
    "week_link_template",
    "first_page_number",
    "show_month_header",
    "show_year_in_header",
    "month_name_format",
    "orientation",
  ],
  link_list: [
    "labels",
    "destinations",
    "columns",
    "orientation",
    "gap_x",
    "gap_y",
    "item_height",
    "highlight_index",
    "highlight_color",
    "background_color",
  ],
};
const TEXT_TYPES = new Set(["text_block", "checkbox", "internal_link", "link_list", "table", "calendar", "day_list"]);
const COLOUR_KEYS = new Set([
  "color",
  "stroke_color",
  "fill_color",
  "check_color",
  "dot_color",
  "background_color",
  "highlight_color",
  "header_background",
  "header_color",
  "even_row_bg",
  "odd_row_bg",
  "weekend_color",
]);

export type ProfileLimits = { width: number; height: number; minFont: number; minStroke: number; minTouch: number; color: boolean };

/** The §7.4 values of the profiles the gallery uses. */
export const PROFILE_LIMITS: Record<string, ProfileLimits> = {
  "remarkable-2": { width: 447.3, height: 596.4, minFont: 10, minStroke: 0.75, minTouch: 30, color: false },
  "boox-note-air-4c": { width: 445.3, height: 593.8, minFont: 10, minStroke: 0.75, minTouch: 30, color: true },
  "boox-note-air-4c-landscape": { width: 593.8, height: 445.3, minFont: 10, minStroke: 0.75, minTouch: 30, color: true },
  "kindle-scribe": { width: 446.4, height: 595.2, minFont: 8, minStroke: 0.5, minTouch: 28, color: false },
  "supernote-a5x": { width: 447.3, height: 596.4, minFont: 10, minStroke: 0.75, minTouch: 30, color: false },
  "supernote-manta": { width: 460.8, height: 614.4, minFont: 8, minStroke: 0.5, minTouch: 28, color: false },
  "kobo-elipsa-2e": { width: 445.3, height: 593.8, minFont: 10, minStroke: 0.75, minTouch: 30, color: false },
  "boox-tab-ultra-c-portrait": { width: 573.9, height: 765.2, minFont: 9, minStroke: 0.5, minTouch: 30, color: true },
};

function colours(value: unknown, key: string, out: string[]): void {
  if (typeof value === "string" && COLOUR_KEYS.has(key)) out.push(value);
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) colours(v, k, out);
}

/** Problems of one widget list on a canvas; an empty list means the widgets are clean. */
export function widgetProblems(widgets: readonly unknown[], p: ProfileLimits): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  widgets.forEach((raw, i) => {
    const at = `widgets[${i}]`;
    if (!isRecord(raw)) return void problems.push(`${at}: not a mapping`);
    const type = String(raw.type);
    const allowed = PROPS[type];
    if (!allowed) return void problems.push(`${at}: unknown type ${type}`);
    const id = String(raw.id);
    if (!/^[a-zA-Z0-9_-]+$/.test(id) || ids.has(id)) problems.push(`${at}: bad or duplicate id ${id}`);
    ids.add(id);
    for (const k of Object.keys(raw)) if (!COMMON.includes(k)) problems.push(`${at}.${k}: unknown key`);
    const styling = isRecord(raw.styling) ? raw.styling : {};
    const props = isRecord(raw.properties) ? raw.properties : {};
    for (const k of Object.keys(styling)) if (!STYLING_KEYS.includes(k)) problems.push(`${at}.styling.${k}: unknown key`);
    for (const k of Object.keys(props)) if (!allowed.includes(k)) problems.push(`${at}.properties.${k}: unknown key`);
    const pos = isRecord(raw.position) ? raw.position : {};
    const [x, y, w, h] = [pos.x, pos.y, pos.width, pos.height].map(Number) as [number, number, number, number];
    if (!(w > 0 && h > 0 && x >= 0 && y >= 0 && x + w <= p.width + 0.05 && y + h <= p.height + 0.05))
      problems.push(`${at}.position: outside the page`);
    const size = Number(styling.size ?? (["table", "calendar", "day_list"].includes(type) ? 10 : 12));
    if (TEXT_TYPES.has(type) && (size < p.minFont || size > 72)) problems.push(`${at}.styling.size: ${size} below ${p.minFont}`);
    for (const s of [styling.line_width, props.line_thickness, props.stroke_width]) {
      if (s !== undefined && Number(s) > 0 && Number(s) < p.minStroke) problems.push(`${at}: stroke ${String(s)} below ${p.minStroke}`);
    }
    if ((type === "internal_link" || type === "tap_zone") && (w < p.minTouch - 0.05 || h < p.minTouch - 0.05))
      problems.push(`${at}: link ${w}×${h} below ${p.minTouch}`);
    const cs: string[] = [];
    colours(raw, "", cs);
    for (const c of cs) {
      const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
      if (!m && c !== "none" && c !== "transparent") problems.push(`${at}: bad colour ${c}`);
      if (m && !p.color && !(m[1] === m[2] && m[2] === m[3])) problems.push(`${at}: colour ${c} on a monochrome profile`);
    }
  });
  return problems;
}
