// Property schemas for the simple widgets (§3.5–§3.10, §3.12–§3.14).
import { z } from "zod";
import { defineWidget, defined, ignoredKey } from "./widget-base";
import { colour, fillColour, int, intIn, num, numIn, orientation, text } from "./primitives";

export const textBlockWidget = defineWidget("text_block", z.object({ orientation: orientation().optional() }), (p) => ({
  orientation: p.orientation ?? "horizontal",
}));

export const checkboxWidget = defineWidget(
  "checkbox",
  z.object({
    checked: z.boolean().optional(),
    box_size: numIn(4, 50).optional(),
    orientation: orientation().optional(),
  }),
  (p) => ({ checked: false, box_size: 12, orientation: "horizontal" as const, ...defined(p) }),
);

export const boxWidget = defineWidget(
  "box",
  z.object({ corner_radius: numIn(0, 50).optional(), opacity: numIn(0, 1).optional() }),
  (p) => ({ corner_radius: 0, opacity: 1, ...defined(p) }),
);

const noProperties = z.object({});
export const dividerWidget = defineWidget("divider", noProperties, () => ({}));
export const verticalLineWidget = defineWidget("vertical_line", noProperties, () => ({}));

const segment = z.object({ x1: num(), y1: num(), x2: num(), y2: num() });

export const linesWidget = defineWidget(
  "lines",
  z.object({
    line_spacing: numIn(1, 500).optional(),
    line_count: intIn(1, 1000).optional(),
    line_thickness: numIn(0.1, 10).optional(),
    margin_left: numIn(0, 500).optional(),
    margin_right: numIn(0, 500).optional(),
    top_padding: numIn(0, 500).optional(),
    bottom_padding: numIn(0, 500).optional(),
    line_style: z.enum(["solid", "dotted", "dashed", "grid"]).optional(),
    line_cap: z.enum(["butt", "round", "square"]).optional(),
    columns: intIn(1, 10).optional(),
    column_gap: numIn(0, 200).optional(),
    lines: z.array(segment).optional(),
    grid_spacing: ignoredKey(),
    column_guides: ignoredKey(),
    vertical_guides: ignoredKey(),
  }),
  (p) => {
    const { grid_spacing: _g, column_guides: _c, vertical_guides: _v, line_style, ...rest } = p;
    return {
      line_spacing: 20,
      line_count: 10,
      line_thickness: 0.75,
      margin_left: 0,
      margin_right: 0,
      top_padding: 0,
      bottom_padding: 0,
      line_cap: "butt" as const,
      columns: 1,
      column_gap: 20,
      ...defined(rest),
      // `grid` is an editor value; it draws as solid (lint note from the validator).
      line_style: line_style === undefined || line_style === "grid" ? "solid" : line_style,
    };
  },
);

export const dotGridWidget = defineWidget(
  "dot_grid",
  z.object({
    grid_cell_size: numIn(5, 100).optional(),
    dot_size: numIn(0.5, 10).optional(),
    dot_shape: z.enum(["round", "square"]).optional(),
    dot_color: colour().optional(),
    margin_left: numIn(0, 500).optional(),
    margin_right: numIn(0, 500).optional(),
    margin_top: numIn(0, 500).optional(),
    margin_bottom: numIn(0, 500).optional(),
  }),
  (p) => {
    const props = {
      grid_cell_size: 10,
      dot_size: 1.5,
      dot_shape: "round" as const,
      dot_color: "#CCCCCC",
      margin_left: 0,
      margin_right: 0,
      margin_top: 0,
      margin_bottom: 0,
      ...defined(p),
    };
    return { ...props, dot_size: Math.min(props.dot_size, props.grid_cell_size / 2) };
  },
);

export const imageWidget = defineWidget(
  "image",
  z.object({
    image_data: z.string().optional(),
    image_src: z.string().optional(),
    image_fit: z.enum(["fit", "actual", "stretch"]).optional(),
    convert_to_grayscale: z.boolean().optional(),
    opacity: numIn(0, 1).optional(),
    optimize_on_import: ignoredKey(),
    max_image_px: ignoredKey(),
    grayscale_on_import: ignoredKey(),
    image_quality: ignoredKey(),
  }),
  (p) => ({
    image_fit: p.image_fit ?? "fit",
    convert_to_grayscale: p.convert_to_grayscale ?? false,
    opacity: p.opacity ?? 1,
    ...(p.image_data !== undefined ? { image_data: p.image_data } : {}),
    ...(p.image_src !== undefined ? { image_src: p.image_src } : {}),
  }),
);

export const anchorWidget = defineWidget("anchor", z.object({ dest_id: text().pipe(z.string().min(1)) }), (p) => ({ dest_id: p.dest_id }));

export const internalLinkWidget = defineWidget(
  "internal_link",
  z.object({
    to_dest: text().optional(),
    bind: text().optional(),
    orientation: orientation().optional(),
    highlight: z.boolean().optional(),
    highlight_color: colour().optional(),
    background_color: fillColour().optional(),
  }),
  (p) => ({ orientation: "horizontal" as const, highlight: false, highlight_color: "#DBEAFE", ...defined(p) }),
);

export const tapZoneWidget = defineWidget(
  "tap_zone",
  z.object({
    to_dest: text().optional(),
    bind: text().optional(),
    tap_action: z.enum(["page_link", "next_page", "prev_page"]).optional(),
    target_page: int().optional(),
    outline: ignoredKey(),
  }),
  (p) => {
    const { outline: _o, ...rest } = p;
    return { tap_action: "page_link" as const, ...defined(rest) };
  },
);
