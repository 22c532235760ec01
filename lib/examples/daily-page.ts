// Undated daily page for reMarkable 2: priorities, an hour-by-hour schedule and notes.
const hours = Array.from({ length: 13 }, (_, i) => `["${String(7 + i).padStart(2, "0")}:00", ""]`).join(", ");

export const dailyPage = `schema_version: "1.0"
metadata:
  name: Daily page
  description: Three priorities, a 07:00–19:00 schedule and ruled notes on one page.
  category: planner
  created: "2026-01-01T00:00:00Z"
  profile: remarkable-2
  locale: en
canvas:
  dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}
widgets:
  - {id: title, type: text_block, position: {x: 36, y: 36, width: 180, height: 30}, content: "Today", styling: {font: Helvetica-Bold, size: 22}}
  - {id: date_label, type: text_block, position: {x: 236, y: 44, width: 40, height: 20}, content: "Date", styling: {size: 11, color: "#555555"}}
  - {id: date_line, type: divider, position: {x: 276, y: 56, width: 135.3, height: 8}, styling: {stroke_color: "#555555", line_width: 0.75}}
  - {id: rule, type: divider, position: {x: 36, y: 70, width: 375.3, height: 6}, styling: {line_width: 1.5}}
  - {id: prio_label, type: text_block, position: {x: 36, y: 82, width: 375.3, height: 18}, content: "Top priorities", styling: {font: Helvetica-Bold, size: 12}}
  - {id: prio1, type: checkbox, position: {x: 36, y: 102, width: 375.3, height: 28}, properties: {box_size: 14}}
  - {id: prio2, type: checkbox, position: {x: 36, y: 132, width: 375.3, height: 28}, properties: {box_size: 14}}
  - {id: prio3, type: checkbox, position: {x: 36, y: 162, width: 375.3, height: 28}, properties: {box_size: 14}}
  - {id: sched_label, type: text_block, position: {x: 36, y: 198, width: 375.3, height: 18}, content: "Schedule", styling: {font: Helvetica-Bold, size: 12}}
  - id: schedule
    type: table
    position: {x: 36, y: 218, width: 375.3, height: 260}
    styling: {size: 10}
    properties:
      rows: 13
      columns: 2
      has_header: false
      column_widths: [1, 6]
      border_style: horizontal
      stroke_color: "#999999"
      stroke_width: 0.75
      row_height: 20
      table_data: [${hours}]
  - {id: notes_label, type: text_block, position: {x: 36, y: 486, width: 375.3, height: 18}, content: "Notes", styling: {font: Helvetica-Bold, size: 12}}
  - {id: notes, type: lines, position: {x: 36, y: 504, width: 375.3, height: 52}, properties: {line_spacing: 24, line_count: 2, top_padding: 24}, styling: {stroke_color: "#777777"}}
  - {id: footer, type: text_block, position: {x: 36, y: 564, width: 375.3, height: 14}, content: "{page} / {total_pages}", styling: {size: 10, color: "#777777", text_align: right}}
`;
