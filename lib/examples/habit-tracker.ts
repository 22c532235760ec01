// Monthly habit tracker for Boox Tab Ultra C (portrait): seven habits × 31 days, plus a reflection line.
const HABITS = ["Sleep 8h", "Water", "Exercise", "Read", "Meditate", "No sugar", "Journal"];
const header = JSON.stringify(["Day", ...HABITS]);
const rows = Array.from({ length: 31 }, (_, i) => JSON.stringify([String(i + 1), ...HABITS.map(() => "")])).join(", ");

export const habitTracker = `schema_version: "1.0"
metadata:
  name: Habit tracker
  description: Tick seven daily habits for every day of the month; weekends are easy to spot with zebra rows.
  category: tracker
  created: "2026-01-01T00:00:00Z"
  profile: boox-tab-ultra-c-portrait
  locale: en
canvas:
  dimensions: {width: 573.9, height: 765.2, margins: [48, 48, 48, 48]}
widgets:
  - {id: title, type: text_block, position: {x: 48, y: 48, width: 200, height: 32}, content: "Habits", styling: {font: Helvetica-Bold, size: 24, color: "#2E5E4E"}}
  - {id: month_label, type: text_block, position: {x: 300, y: 58, width: 50, height: 18}, content: "Month", styling: {size: 11, color: "#555555"}}
  - {id: month_line, type: divider, position: {x: 350, y: 68, width: 175.9, height: 8}, styling: {stroke_color: "#888888", line_width: 0.75}}
  - id: grid
    type: table
    position: {x: 48, y: 90, width: 477.9, height: 576}
    styling: {size: 9}
    properties:
      rows: 31
      columns: 8
      has_header: true
      column_widths: [0.8, 1, 1, 1, 1, 1, 1, 1]
      border_style: all
      stroke_color: "#999999"
      stroke_width: 0.5
      row_height: 18
      header_background: "#DDEBE5"
      zebra_rows: true
      odd_row_bg: "#FFFFFF"
      even_row_bg: "#F5F5F5"
      text_align: center
      table_data: [${header}, ${rows}]
  - {id: reflect_label, type: text_block, position: {x: 48, y: 676, width: 477.9, height: 16}, content: "Reflection", styling: {font: Helvetica-Bold, size: 11}}
  - {id: reflect, type: lines, position: {x: 48, y: 692, width: 477.9, height: 24}, properties: {line_spacing: 22, line_count: 1, top_padding: 22}, styling: {stroke_color: "#999999"}}
`;
