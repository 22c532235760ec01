// A notebook of 20 meeting sheets for Kobo Elipsa 2E: an index, and on every sheet links back to the
// index and to the previous and next meeting. Reuses the single meeting-notes layout.
import { MEETING_BODY } from "./meeting-notes";

const COUNT = 20;
const indent = (yaml: string) => yaml.replace(/^(?=.)/gm, "    ");
const labels = Array.from({ length: COUNT }, (_, i) => `"Meeting ${i + 1}"`).join(", ");
const dests = Array.from({ length: COUNT }, (_, i) => `"meeting:${String(i + 1).padStart(2, "0")}"`).join(", ");
const nav = (id: string, x: number, label: string, props: string, align: string) =>
  `      - {id: ${id}, type: internal_link, position: {x: ${x}, y: 36, width: 48, height: 30}, content: "${label}", styling: {size: 11, color: "#000000", text_align: ${align}}, properties: {${props}}}`;

export const meetingNotebook = `metadata:
  name: Meeting notebook
  description: Twenty linked meeting sheets with an index; each sheet has details, agenda, notes and action items.
  category: work
  device_profile: kobo-elipsa-2e
  created_at: "2026-01-01T00:00:00Z"
masters:
  - name: index
    widgets:
      - {id: a, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "home:index"}}
      - {id: title, type: text_block, position: {x: 36, y: 36, width: 373.3, height: 30}, content: "Meetings", styling: {font: Helvetica-Bold, size: 22}}
      - {id: rule, type: divider, position: {x: 36, y: 70, width: 373.3, height: 6}, styling: {line_width: 1}}
      - id: list
        type: link_list
        position: {x: 36, y: 84, width: 373.3, height: 470}
        styling: {size: 12, color: "#000000"}
        properties: {columns: 2, gap_x: 12, gap_y: 4, labels: [${labels}], destinations: [${dests}]}
  - name: meeting
    widgets:
      - {id: a, type: anchor, position: {x: 36, y: 36, width: 10, height: 10}, properties: {dest_id: "meeting:{m:02d}"}}
      - {id: title, type: text_block, position: {x: 36, y: 36, width: 220, height: 28}, content: "Meeting {m}", styling: {font: Helvetica-Bold, size: 20}}
${nav("prev", 265.3, "‹", 'to_dest: "meeting:{m_prev:02d}"', "center")}
${nav("index", 313.3, "Index", 'to_dest: "home:index"', "center")}
${nav("next", 361.3, "›", 'to_dest: "meeting:{m_next:02d}"', "center")}
${indent(MEETING_BODY)}plan:
  locale: en
  sections:
    - {kind: index, master: index, generate: once}
    - {kind: meetings, master: meeting, generate: count, count: ${COUNT}, counters: {m: {start: 1, step: 1}}}
`;
