// A quick reference for the editor's side panel, condensed from docs/template-language (§3, §5 and §8).
// Key properties only; the panel links to the full tables.
import { BUNDLED_FACES } from "@/lib/render/fonts/catalog";

export type WidgetRef = { type: string; summary: string; keys: string[] };

export const COMMON_WIDGET_KEYS = [
  "id",
  "type",
  "page",
  "position {x, y, width, height}",
  "z_order",
  "background_color",
  "content",
  "styling",
  "properties",
];

export { STYLING_KEYS } from "@/lib/templates/schema/widget-base";

export const WIDGETS: WidgetRef[] = [
  {
    type: "text_block",
    summary: "Text in a rectangle; tokens allowed in content.",
    keys: ["content", "styling.font", "styling.size", "styling.text_align"],
  },
  { type: "checkbox", summary: "A box with an optional label (content).", keys: ["box_size", "checked", "orientation"] },
  { type: "box", summary: "Rectangle outline or fill.", keys: ["corner_radius", "styling.stroke_color", "styling.line_width"] },
  { type: "divider", summary: "Horizontal rule across the widget.", keys: ["styling.stroke_color", "styling.line_width"] },
  { type: "vertical_line", summary: "Vertical rule down the widget.", keys: ["styling.stroke_color", "styling.line_width"] },
  {
    type: "lines",
    summary: "Ruled writing lines.",
    keys: ["line_spacing", "line_count", "line_thickness", "line_style", "columns", "top_padding"],
  },
  { type: "dot_grid", summary: "Dot grid drawn as one vector primitive.", keys: ["grid_cell_size", "dot_size", "dot_shape", "dot_color"] },
  {
    type: "image",
    summary: "Embedded image (data URI or asset).",
    keys: ["image_data", "image_src", "image_fit", "convert_to_grayscale", "opacity"],
  },
  {
    type: "table",
    summary: "Grid of text cells, optional header and links.",
    keys: ["rows", "columns", "has_header", "table_data", "column_widths", "border_style", "row_height", "link_template"],
  },
  { type: "anchor", summary: "Named destination links can jump to.", keys: ["dest_id"] },
  {
    type: "internal_link",
    summary: "Tappable label that jumps to a destination.",
    keys: ["to_dest", "bind", "highlight", "highlight_color"],
  },
  { type: "tap_zone", summary: "Invisible tap area: page, next or previous.", keys: ["tap_action", "target_page"] },
  {
    type: "calendar",
    summary: "Monthly, weekly or custom-range calendar.",
    keys: ["calendar_type", "start_date", "link_strategy", "link_template", "first_day_of_week", "week_numbers"],
  },
  {
    type: "day_list",
    summary: "One row per day of a month.",
    keys: ["start_date", "row_height", "show_notes_lines", "link_strategy", "highlight_weekends"],
  },
  {
    type: "link_list",
    summary: "Row or grid of links with labels.",
    keys: ["labels", "destinations", "columns", "gap_x", "gap_y", "highlight_index"],
  },
];

export type TokenRef = { token: string; meaning: string };

export const TOKEN_SYNTAX: TokenRef[] = [
  { token: "{name}", meaning: "value of a variable" },
  { token: "{name:spec}", meaning: "formatted, e.g. {page:03d} → 007" },
  { token: "@name", meaning: "in bind expressions; only when defined" },
  { token: "{{ }}", meaning: "literal braces" },
];

export const TOKENS: TokenRef[] = [
  { token: "{page}", meaning: "page number (render time)" },
  { token: "{total_pages}", meaning: "page count (render time)" },
  { token: "{date}", meaning: "YYYY-MM-DD of the item (date sections)" },
  { token: "{date_long}", meaning: "localised long date" },
  { token: "{year} {month} {day}", meaning: "parts of date, as integers" },
  { token: "{month_padded} {day_padded}", meaning: "01, 05" },
  { token: "{month_name} {weekday}", meaning: "localised names" },
  { token: "{month_abbr} {weekday_abbr}", meaning: "short names" },
  { token: "{week} {iso_week}", meaning: "ISO week number, YYYY-Www" },
  { token: "{date_prev} {date_next}", meaning: "± 1 day; empty at the ends" },
  { token: "{month_prev_ym} {month_next_ym}", meaning: "YYYY-MM of the neighbour month" },
  { token: "{iso_week_prev} {iso_week_next}", meaning: "YYYY-Www of the neighbour week" },
  { token: "{days_in_month}", meaning: "28–31" },
  { token: "{subpage}", meaning: "1..pages_per_item" },
  { token: "{locale}", meaning: "plan or metadata locale" },
  { token: "{X} {X_prev} {X_next}", meaning: "counter X and its neighbours" },
];

export const GENERATE_MODES = ["once", "count", "each_day", "each_week", "each_month"];

/** The PDF standard fonts (§8.2 step 1): not embedded, einkpdf's line breaks. */
export const STANDARD_FONTS = [
  "Helvetica",
  "Helvetica-Bold",
  "Helvetica-Oblique",
  "Helvetica-BoldOblique",
  "Times-Roman",
  "Times-Bold",
  "Times-Italic",
  "Times-BoldItalic",
  "Courier",
  "Courier-Bold",
  "Courier-Oblique",
  "Courier-BoldOblique",
  "Symbol",
  "ZapfDingbats",
];

export type FontFamilyRef = { family: string; styles: string[]; cjk: boolean };

/** Bundled families with their styles, as `font:` accepts them (family, or family + style). */
export const BUNDLED_FONT_FAMILIES: FontFamilyRef[] = [...new Set(BUNDLED_FACES.map((f) => f.family))].map((family) => {
  const faces = BUNDLED_FACES.filter((f) => f.family === family);
  return { family, styles: faces.map((f) => f.style), cjk: faces.some((f) => f.cjk !== undefined) };
});
