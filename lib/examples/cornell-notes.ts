// Cornell note-taking sheet for Supernote A5 X: cue column, note area and a summary at the bottom.
export const cornellNotes = `schema_version: "1.0"
metadata:
  name: Cornell notes
  description: Cue column, ruled note area and a summary box, the classic study layout.
  category: notes
  created: "2026-01-01T00:00:00Z"
  profile: supernote-a5x
  locale: en
canvas:
  dimensions: {width: 447.3, height: 596.4, margins: [36, 36, 36, 36]}
widgets:
  - {id: topic_label, type: text_block, position: {x: 36, y: 36, width: 50, height: 22}, content: "Topic", styling: {font: Helvetica-Bold, size: 12}}
  - {id: topic_line, type: divider, position: {x: 86, y: 50, width: 200, height: 8}, styling: {stroke_color: "#777777", line_width: 0.75}}
  - {id: date_label, type: text_block, position: {x: 296, y: 36, width: 34, height: 22}, content: "Date", styling: {font: Helvetica-Bold, size: 12}}
  - {id: date_line, type: divider, position: {x: 330, y: 50, width: 81.3, height: 8}, styling: {stroke_color: "#777777", line_width: 0.75}}
  - {id: header_rule, type: divider, position: {x: 36, y: 64, width: 375.3, height: 6}, styling: {line_width: 1.5}}
  - {id: cues_label, type: text_block, position: {x: 36, y: 74, width: 104, height: 18}, content: "Cues", styling: {size: 11, color: "#555555"}}
  - {id: notes_label, type: text_block, position: {x: 152, y: 74, width: 259.3, height: 18}, content: "Notes", styling: {size: 11, color: "#555555"}}
  - {id: column_rule, type: vertical_line, position: {x: 140, y: 70, width: 6, height: 376}, styling: {line_width: 1}}
  - {id: cues, type: lines, position: {x: 36, y: 94, width: 100, height: 350}, properties: {line_spacing: 25, line_count: 14, top_padding: 25, line_style: dotted}, styling: {stroke_color: "#999999"}}
  - {id: notes, type: lines, position: {x: 150, y: 94, width: 261.3, height: 350}, properties: {line_spacing: 25, line_count: 14, top_padding: 25}, styling: {stroke_color: "#777777"}}
  - {id: summary_rule, type: divider, position: {x: 36, y: 448, width: 375.3, height: 6}, styling: {line_width: 1.5}}
  - {id: summary_label, type: text_block, position: {x: 36, y: 456, width: 375.3, height: 18}, content: "Summary", styling: {font: Helvetica-Bold, size: 12}}
  - {id: summary, type: lines, position: {x: 36, y: 476, width: 375.3, height: 82}, properties: {line_spacing: 25, line_count: 3, top_padding: 25}, styling: {stroke_color: "#777777"}}
`;
