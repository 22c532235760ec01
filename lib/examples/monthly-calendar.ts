// One month on Kindle Scribe: a large calendar grid with ISO week numbers and a notes area. The
// month is a parameter, so the gallery shows the current one (`YYYY-MM`).
export const monthlyCalendarYaml = (month: string, title: string) => `schema_version: "1.0"
metadata:
  name: Monthly calendar
  description: ${title} as a full-page grid with week numbers, plus notes.
  category: calendar
  created: "2026-01-01T00:00:00Z"
  profile: kindle-scribe
  locale: en
canvas:
  dimensions: {width: 446.4, height: 595.2, margins: [32, 32, 32, 32]}
widgets:
  - id: month
    type: calendar
    position: {x: 32, y: 32, width: 382.4, height: 380}
    styling: {size: 14}
    properties:
      calendar_type: monthly
      start_date: "${month}"
      first_day_of_week: monday
      week_numbers: true
      weekday_label_style: short
      show_trailing_days: true
      force_weeks: 6
      cell_padding: 5
  - {id: focus_label, type: text_block, position: {x: 32, y: 424, width: 120, height: 18}, content: "Focus this month", styling: {font: Helvetica-Bold, size: 12}}
  - {id: focus_line, type: divider, position: {x: 152, y: 434, width: 262.4, height: 8}, styling: {stroke_color: "#888888", line_width: 0.75}}
  - {id: notes_label, type: text_block, position: {x: 32, y: 450, width: 382.4, height: 18}, content: "Notes", styling: {font: Helvetica-Bold, size: 12}}
  - {id: notes, type: lines, position: {x: 32, y: 470, width: 382.4, height: 92}, properties: {line_spacing: 22, line_count: 4, top_padding: 22}, styling: {stroke_color: "#888888"}}
`;
