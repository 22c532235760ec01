// Week on one landscape page (Boox Note Air 4C): seven day boxes and a notes box with ruled lines.
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Notes"];
const X0 = 36;
const Y0 = 78;
const GAP = 10;
const CW = (521.8 - 3 * GAP) / 4;
const CH = (331.3 - GAP) / 2;

const cells = DAYS.map((day, i) => {
  const x = +(X0 + (i % 4) * (CW + GAP)).toFixed(2);
  const y = +(Y0 + Math.floor(i / 4) * (CH + GAP)).toFixed(2);
  const w = +CW.toFixed(2);
  const h = +CH.toFixed(2);
  const weekend = i === 5 || i === 6;
  const id = day.toLowerCase();
  return [
    `  - {id: ${id}_box, type: box, position: {x: ${x}, y: ${y}, width: ${w}, height: ${h}}, styling: {stroke_color: "#888888", line_width: 0.75${weekend ? ', fill_color: "#F4F4F4"' : ""}}, properties: {corner_radius: 5}}`,
    `  - {id: ${id}_label, type: text_block, position: {x: ${x + 8}, y: ${y + 4}, width: ${w - 16}, height: 20}, content: "${day}", styling: {font: Helvetica-Bold, size: 12, color: "${i === 7 ? "#555555" : "#1F3A5F"}"}}`,
    `  - {id: ${id}_lines, type: lines, position: {x: ${x + 8}, y: ${y + 26}, width: ${w - 16}, height: ${+(h - 32).toFixed(2)}}, properties: {line_spacing: 20, line_count: 6, top_padding: 18}, styling: {stroke_color: "#BBBBBB"}}`,
  ].join("\n");
}).join("\n");

export const weeklySpread = `schema_version: "1.0"
metadata:
  name: Weekly spread
  description: Monday to Sunday plus a notes box on one landscape page.
  category: planner
  created: "2026-01-01T00:00:00Z"
  profile: boox-note-air-4c-landscape
  locale: en
canvas:
  dimensions: {width: 593.8, height: 445.3, margins: [36, 36, 36, 36]}
widgets:
  - {id: title, type: text_block, position: {x: 36, y: 32, width: 200, height: 30}, content: "Week of", styling: {font: Helvetica-Bold, size: 22, color: "#1F3A5F"}}
  - {id: week_line, type: divider, position: {x: 130, y: 50, width: 200, height: 8}, styling: {stroke_color: "#888888", line_width: 0.75}}
  - {id: focus_label, type: text_block, position: {x: 350, y: 40, width: 50, height: 20}, content: "Focus", styling: {size: 11, color: "#555555"}}
  - {id: focus_line, type: divider, position: {x: 400, y: 50, width: 157.8, height: 8}, styling: {stroke_color: "#888888", line_width: 0.75}}
  - {id: rule, type: divider, position: {x: 36, y: 66, width: 521.8, height: 6}, styling: {stroke_color: "#1F3A5F", line_width: 1.5}}
${cells}
`;
