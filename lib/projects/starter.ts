// The template a new empty project starts from: a valid, renderable ruled page sized for the chosen
// device (its page size and safe margins, §7.3), so a first project never opens on an error.
import { profileCanvasInfo } from "@/lib/templates/project/profile-canvas";

const round = (n: number) => Math.round(n * 10) / 10;

export function starterTemplate(profileId: string, name = "My notes"): string {
  const info = profileCanvasInfo(profileId);
  const width = info?.width ?? 595.2;
  const height = info?.height ?? 841.8;
  const [top = 36, right = 36, bottom = 36, left = 36] = info?.margins ?? [];
  const inner = round(width - left - right);
  const linesTop = top + 56;
  const spacing = 28;
  const linesHeight = Math.max(spacing, height - bottom - linesTop);
  const lineCount = Math.floor(linesHeight / spacing);
  const title = JSON.stringify(name);
  return `schema_version: "1.0"
metadata:
  name: ${title}
  description: A ruled page to start from. Change the widgets below, or start from the gallery.
  category: notes
  created: "${new Date().toISOString().slice(0, 19)}Z"
  profile: ${profileId}
  locale: en
canvas:
  dimensions: {width: ${round(width)}, height: ${round(height)}, margins: [${top}, ${right}, ${bottom}, ${left}]}
widgets:
  - {id: title, type: text_block, position: {x: ${left}, y: ${top}, width: ${inner}, height: 32}, content: ${title}, styling: {font: Helvetica-Bold, size: 20}}
  - {id: rule, type: divider, position: {x: ${left}, y: ${top + 38}, width: ${inner}, height: 6}, styling: {line_width: 1}}
  - {id: notes, type: lines, position: {x: ${left}, y: ${linesTop}, width: ${inner}, height: ${round(lineCount * spacing)}}, properties: {line_spacing: ${spacing}, line_count: ${lineCount}}, styling: {stroke_color: "#888888"}}
`;
}
