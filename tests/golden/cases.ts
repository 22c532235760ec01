// Focused one-page templates, one per widget type and major option, for the golden raster tests.
import { PLANNER_CASES } from "./planner-cases";
const head = (widgets: string, extra = "") => `schema_version: "1.0"
metadata: {name: golden, category: test, created: "2026-01-01", profile: remarkable-2, locale: en}
canvas: {dimensions: {width: 300, height: 220, margins: [0, 0, 0, 0]}${extra}}
widgets:
${widgets}
`;

export const GOLDEN_CASES: Record<string, string> = {
  text_block:
    head(`  - {id: t, type: text_block, position: {x: 10, y: 10, width: 280, height: 60}, content: "Centred block of wrapped text in a box", styling: {size: 14, text_align: center}}
  - {id: u, type: text_block, position: {x: 10, y: 80, width: 280, height: 30}, content: "Underlined right", styling: {size: 12, text_align: right, underline: true}}
  - {id: o, type: text_block, position: {x: 10, y: 120, width: 120, height: 30}, content: "Overflowing text is top aligned and clipped at the bottom", styling: {size: 12}}
  - {id: v, type: text_block, position: {x: 200, y: 120, width: 30, height: 90}, content: "Vertical", properties: {orientation: vertical_cw}}
  - {id: w, type: text_block, position: {x: 250, y: 120, width: 30, height: 90}, content: "Counter", properties: {orientation: vertical_ccw}}`),
  box: head(`  - {id: a, type: box, position: {x: 10, y: 10, width: 120, height: 80}, styling: {fill_color: "#DDDDDD", line_width: 2}}
  - {id: b, type: box, position: {x: 150, y: 10, width: 120, height: 80}, styling: {line_width: 3}, properties: {corner_radius: 20}}
  - {id: c, type: box, position: {x: 10, y: 110, width: 260, height: 60}, styling: {fill_color: "#000000", line_width: 0}, properties: {opacity: 0.3}}`),
  rules: head(`  - {id: d, type: divider, position: {x: 10, y: 20, width: 280, height: 10}, styling: {line_width: 2}}
  - {id: v, type: vertical_line, position: {x: 140, y: 50, width: 20, height: 150}, styling: {line_width: 4}}`),
  lines_ruled: head(
    `  - {id: l, type: lines, position: {x: 10, y: 10, width: 280, height: 200}, properties: {line_spacing: 18, line_count: 8, top_padding: 10, columns: 2, column_gap: 20, line_style: dashed}}`,
  ),
  lines_custom: head(
    `  - {id: l, type: lines, position: {x: 10, y: 10, width: 280, height: 200}, properties: {line_thickness: 2, lines: [{x1: 0, y1: 0, x2: 280, y2: 200}, {x1: 0, y1: 200, x2: 400, y2: -50}]}}`,
  ),
  dot_grid:
    head(`  - {id: g, type: dot_grid, position: {x: 10, y: 10, width: 130, height: 200}, properties: {grid_cell_size: 10, dot_size: 2, dot_color: "#000000"}}
  - {id: s, type: dot_grid, position: {x: 160, y: 10, width: 130, height: 200}, properties: {grid_cell_size: 20, dot_size: 4, dot_shape: square, dot_color: "#444444"}}`),
  checkbox:
    head(`  - {id: a, type: checkbox, position: {x: 10, y: 10, width: 280, height: 30}, content: "Unchecked task", properties: {box_size: 14}}
  - {id: b, type: checkbox, position: {x: 10, y: 50, width: 280, height: 30}, content: "Done", properties: {box_size: 16, checked: true}, styling: {text_align: center}}`),
  internal_link: head(`  - {id: t, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home:index"}}
  - {id: a, type: internal_link, position: {x: 10, y: 10, width: 140, height: 40}, content: "Highlighted", properties: {to_dest: "home:index", highlight: true}}
  - {id: b, type: internal_link, position: {x: 160, y: 10, width: 130, height: 40}, content: "Plain link", properties: {to_dest: "Home:Index"}, styling: {underline: true}}`),
  link_list: head(`  - {id: t, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home:index"}}
  - {id: l, type: link_list, position: {x: 10, y: 10, width: 280, height: 120}, properties: {columns: 2, gap_x: 6, gap_y: 4, labels: [One, Two, Three, Four, Five], destinations: ["home:index", "home:index", "day:", "home:index", "home:index"], highlight_index: 2}}`),
  table: head(
    `  - {id: t, type: table, position: {x: 10, y: 10, width: 280, height: 200}, properties: {rows: 4, columns: 3, zebra_rows: true, column_widths: [2, 1, 1], table_data: [[Name, Qty, Note], [Apples, "3", "A long note that wraps over lines"], [Pears, "5", ""], [Plums, "", x], [Figs, "1", y]]}}`,
  ),
  calendar_monthly: head(
    `  - {id: c, type: calendar, position: {x: 5, y: 5, width: 290, height: 210}, properties: {calendar_type: monthly, start_date: "2026-02-01", week_numbers: true, show_trailing_days: true, highlight_date: "2026-02-14"}}`,
  ),
  calendar_weekly: head(
    `  - {id: c, type: calendar, position: {x: 5, y: 5, width: 290, height: 210}, properties: {calendar_type: weekly, start_date: "2026-03-04", first_day_of_week: sunday, show_time_grid: true, show_time_gutter: true}}`,
  ),
  calendar_custom: head(
    `  - {id: c, type: calendar, position: {x: 5, y: 5, width: 290, height: 210}, properties: {calendar_type: custom_range, start_date: "2026-03-10", end_date: "2026-04-20"}}`,
  ),
  canvas_background: head(
    `  - {id: t, type: text_block, position: {x: 10, y: 10, width: 280, height: 40}, content: "On grey", styling: {size: 20}}`,
    ', background: "#CCCCCC"',
  ),
  fonts:
    head(`  - {id: a, type: text_block, position: {x: 10, y: 10, width: 280, height: 40}, content: "Hand: Zażółć gęślą → ✓ 日", styling: {font: Patrick Hand, size: 16}}
  - {id: b, type: text_block, position: {x: 10, y: 60, width: 280, height: 40}, content: "Helvetica: Łódź → fallback", styling: {size: 16}}
  - {id: c, type: text_block, position: {x: 10, y: 110, width: 280, height: 40}, content: "DejaVu Serif Bold ünïcode", styling: {font: DejaVu Serif Bold, size: 16}}`),
  symbol_fonts:
    head(`  - {id: s, type: text_block, position: {x: 10, y: 10, width: 280, height: 40}, content: "α ≤ β, ∑ ∞ π", styling: {font: Symbol, size: 20}}
  - {id: z, type: text_block, position: {x: 10, y: 60, width: 280, height: 40}, content: "✔ ✓ ✗ ➔ ☎ ❶", styling: {font: ZapfDingbats, size: 20, text_align: right}}
  - {id: f, type: text_block, position: {x: 10, y: 110, width: 280, height: 40}, content: "Symbol lacks x: α + x", styling: {font: Symbol, size: 16}}`),
  link_list_vertical: head(`  - {id: t, type: anchor, position: {x: 0, y: 0, width: 1, height: 1}, properties: {dest_id: "home:index"}}
  - {id: l, type: link_list, position: {x: 10, y: 10, width: 120, height: 200}, properties: {orientation: vertical_cw, columns: 3, gap_x: 4, labels: [Jan, Feb, Mar], destinations: ["home:index", "home:index", "home:index"], background_color: "#EEEEEE"}}
  - {id: c, type: checkbox, position: {x: 200, y: 10, width: 40, height: 200}, content: "Rotated", properties: {orientation: vertical_ccw, checked: true}}`),
  table_borders:
    head(`  - {id: a, type: table, position: {x: 5, y: 5, width: 140, height: 100}, properties: {rows: 2, columns: 2, border_style: outer, has_header: false}}
  - {id: b, type: table, position: {x: 155, y: 5, width: 140, height: 100}, properties: {rows: 2, columns: 2, border_style: horizontal, header_background: "#CCCCCC"}}
  - {id: c, type: table, position: {x: 5, y: 115, width: 140, height: 100}, properties: {rows: 2, columns: 2, border_style: vertical, stroke_width: 2}}
  - {id: d, type: table, position: {x: 155, y: 115, width: 140, height: 100}, properties: {rows: 2, columns: 2, border_style: none, text_align: center}}`),
  lines_dotted: head(
    `  - {id: l, type: lines, position: {x: 10, y: 10, width: 280, height: 200}, properties: {line_spacing: 25, line_count: 8, line_style: dotted, line_cap: round, line_thickness: 2, margin_left: 20, margin_right: 20}}`,
  ),
  calendar_sunday: head(
    `  - {id: c, type: calendar, position: {x: 5, y: 5, width: 290, height: 210}, properties: {calendar_type: monthly, start_date: "2026-05", first_day_of_week: sunday, weekday_label_style: narrow, show_grid_lines: false, force_weeks: 6}}`,
  ),
  day_list: head(
    `  - {id: d, type: day_list, position: {x: 5, y: 5, width: 290, height: 210}, properties: {start_date: "2026-02", row_height: 7, show_week_numbers: true, highlight_weekends: true, weekday_format: narrow, notes_line_count: 1}, styling: {size: 6}}`,
  ),
  image:
    head(`  - {id: i, type: image, position: {x: 10, y: 10, width: 130, height: 100}, properties: {image_data: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAAAAACRn/EaAAAAE0lEQVR4nGNgME6bCcJnGID4PwAh7QX7lIOLggAAAABJRU5ErkJggg=="}}
  - {id: s, type: image, position: {x: 160, y: 10, width: 130, height: 100}, properties: {image_data: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAAAAACRn/EaAAAAE0lEQVR4nGNgME6bCcJnGID4PwAh7QX7lIOLggAAAABJRU5ErkJggg==", image_fit: stretch}}
  - {id: m, type: image, position: {x: 10, y: 120, width: 130, height: 90}, properties: {image_src: "https://example.invalid/x.png"}}`),
  ...PLANNER_CASES,
};
