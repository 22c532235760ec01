// Meeting notes for Kobo Elipsa 2E: details, attendees, agenda, notes and an action-item table.

/** Everything below the title, shared with the meeting notebook project (list items, 2-space indent). */
export const MEETING_BODY = `  - id: details
    type: table
    position: {x: 36, y: 68, width: 373.3, height: 88}
    styling: {size: 10}
    properties:
      rows: 4
      columns: 2
      has_header: false
      column_widths: [1, 3]
      border_style: horizontal
      stroke_color: "#999999"
      stroke_width: 0.75
      row_height: 22
      table_data: [["Date", ""], ["Time", ""], ["Location", ""], ["Facilitator", ""]]
  - {id: attendees_label, type: text_block, position: {x: 36, y: 164, width: 373.3, height: 18}, content: "Attendees", styling: {font: Helvetica-Bold, size: 12}}
  - {id: attendees, type: lines, position: {x: 36, y: 182, width: 373.3, height: 44}, properties: {line_spacing: 22, line_count: 2, top_padding: 22, columns: 2, column_gap: 16}, styling: {stroke_color: "#999999"}}
  - {id: agenda_label, type: text_block, position: {x: 36, y: 232, width: 373.3, height: 18}, content: "Agenda", styling: {font: Helvetica-Bold, size: 12}}
  - {id: agenda1, type: checkbox, position: {x: 36, y: 252, width: 373.3, height: 24}, properties: {box_size: 12}}
  - {id: agenda2, type: checkbox, position: {x: 36, y: 278, width: 373.3, height: 24}, properties: {box_size: 12}}
  - {id: agenda3, type: checkbox, position: {x: 36, y: 304, width: 373.3, height: 24}, properties: {box_size: 12}}
  - {id: notes_label, type: text_block, position: {x: 36, y: 334, width: 373.3, height: 18}, content: "Notes", styling: {font: Helvetica-Bold, size: 12}}
  - {id: notes, type: lines, position: {x: 36, y: 352, width: 373.3, height: 88}, properties: {line_spacing: 22, line_count: 4, top_padding: 22}, styling: {stroke_color: "#999999"}}
  - {id: actions_label, type: text_block, position: {x: 36, y: 446, width: 373.3, height: 18}, content: "Action items", styling: {font: Helvetica-Bold, size: 12}}
  - id: actions
    type: table
    position: {x: 36, y: 466, width: 373.3, height: 92}
    styling: {size: 10}
    properties:
      rows: 4
      columns: 3
      has_header: true
      column_widths: [5, 2, 2]
      border_style: all
      stroke_color: "#777777"
      stroke_width: 0.75
      row_height: 18
      header_background: "#EEEEEE"
      table_data: [["Action", "Owner", "Due"], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]]
`;

export const meetingNotes = `schema_version: "1.0"
metadata:
  name: Meeting notes
  description: Details, attendees, agenda checklist, notes and an action-item table with owners and due dates.
  category: work
  created: "2026-01-01T00:00:00Z"
  profile: kobo-elipsa-2e
  locale: en
canvas:
  dimensions: {width: 445.3, height: 593.8, margins: [36, 36, 36, 36]}
widgets:
  - {id: title, type: text_block, position: {x: 36, y: 36, width: 373.3, height: 28}, content: "Meeting", styling: {font: Helvetica-Bold, size: 20}}
${MEETING_BODY}`;
