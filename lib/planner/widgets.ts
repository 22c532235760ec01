// Small constructors for the widgets the planner's masters are made of (§3), so the page layouts read
// as layout rather than as YAML. Positions are rounded to 0.1 pt to keep the generated YAML tidy.
import type { Rect } from "./frame";

export type Widget = {
  id: string;
  type: string;
  position: Rect;
  content?: string;
  styling?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  background_color?: string;
  z_order?: number;
};

const r1 = (n: number) => Math.round(n * 10) / 10;
export const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x: r1(x),
  y: r1(y),
  width: r1(Math.max(1, width)),
  height: r1(Math.max(1, height)),
});

type Text = { font: string; size: number; color: string; align?: "left" | "center" | "right"; lineHeight?: number };
const styling = (t: Text) => ({
  font: t.font,
  size: t.size,
  color: t.color,
  ...(t.align && t.align !== "left" ? { text_align: t.align } : {}),
  ...(t.lineHeight !== undefined ? { line_height: Math.round(t.lineHeight * 10_000) / 10_000 } : {}),
});

type Segment = { x1: number; y1: number; x2: number; y2: number };

/** Collects a master's widgets and hands out unique ids. */
export class MasterBuilder {
  readonly widgets: Widget[] = [];
  private n = 0;
  add(prefix: string, w: Omit<Widget, "id">): this {
    this.widgets.push({ id: `${prefix}${++this.n}`, ...w });
    return this;
  }
  anchor(dest: string, at: Rect) {
    return this.add("a", { type: "anchor", position: rect(at.x, at.y, 10, 10), properties: { dest_id: dest } });
  }
  text(at: Rect, content: string, t: Text) {
    return this.add("t", { type: "text_block", position: at, content, styling: styling(t) });
  }
  link(at: Rect, content: string, to: string, t: Text, fill?: string) {
    return this.add("l", {
      type: "internal_link",
      position: at,
      content,
      styling: styling(t),
      properties: { to_dest: to },
      ...(fill ? { background_color: fill } : {}),
    });
  }
  /**
   * A link list kept as one widget per page (`expand: false`): a tab column or a breadcrumb is one widget
   * to compile, validate and draw instead of one internal_link per item on every page.
   */
  links(at: Rect, labels: string[], dests: string[], t: Text, p: Record<string, unknown>) {
    return this.add("n", {
      type: "link_list",
      position: at,
      styling: styling(t),
      properties: { labels, destinations: dests, ...p, expand: false },
    });
  }
  box(at: Rect, stroke: string, lineWidth: number, fill?: string, radius = 0) {
    return this.add("b", {
      type: "box",
      position: at,
      styling: { stroke_color: stroke, line_width: lineWidth, ...(fill ? { fill_color: fill } : {}) },
      properties: radius ? { corner_radius: radius } : {},
    });
  }
  rule(x: number, y: number, width: number, color: string, lineWidth: number) {
    return this.add("r", { type: "divider", position: rect(x, y - 1, width, 2), styling: { stroke_color: color, line_width: lineWidth } });
  }
  vrule(x: number, y: number, height: number, color: string, lineWidth: number) {
    return this.add("v", {
      type: "vertical_line",
      position: rect(x - 1, y, 2, height),
      styling: { stroke_color: color, line_width: lineWidth },
    });
  }
  ruled(at: Rect, spacing: number, color: string, thickness: number, p: Record<string, unknown> = {}) {
    const count = Math.max(1, Math.floor(at.height / spacing));
    return this.add("p", {
      type: "lines",
      position: at,
      styling: { stroke_color: color },
      properties: { line_spacing: r1(spacing), line_count: count, top_padding: r1(spacing), line_thickness: thickness, ...p },
    });
  }
  /** Line segments relative to the widget (§3.8 custom mode): grids, table rules. */
  segments(at: Rect, lines: Segment[], color: string, thickness: number, style?: "dotted", cap?: "square") {
    const round = lines.map((l) => ({ x1: r1(l.x1), y1: r1(l.y1), x2: r1(l.x2), y2: r1(l.y2) }));
    return this.add("g", {
      type: "lines",
      position: at,
      styling: { stroke_color: color },
      properties: { lines: round, line_thickness: thickness, ...(style ? { line_style: style } : {}), ...(cap ? { line_cap: cap } : {}) },
    });
  }
  /**
   * Empty tick boxes (squares of side `size` at page positions) as one `lines` widget: square caps close
   * the corners as a box's mitred stroke does, so they look like checkbox widgets without a widget each.
   */
  squares(at: Rect, boxes: { x: number; y: number }[], size: number, color: string, thickness: number) {
    const sides = boxes.flatMap(({ x, y }) => {
      const [l, t, r, b] = [x - at.x, y - at.y, x - at.x + size, y - at.y + size];
      return [
        { x1: l, y1: t, x2: r, y2: t },
        { x1: r, y1: t, x2: r, y2: b },
        { x1: r, y1: b, x2: l, y2: b },
        { x1: l, y1: b, x2: l, y2: t },
      ];
    });
    return this.segments(at, sides, color, thickness, undefined, "square");
  }
  dots(at: Rect, cell: number, color: string, size: number) {
    return this.add("d", { type: "dot_grid", position: at, properties: { grid_cell_size: r1(cell), dot_size: size, dot_color: color } });
  }
  calendar(at: Rect, t: Text, p: Record<string, unknown>) {
    return this.add("k", { type: "calendar", position: at, styling: styling(t), properties: p });
  }
}
