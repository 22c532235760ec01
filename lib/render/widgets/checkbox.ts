// checkbox (§3.6): a square box centred vertically, an optional tick, and a one-line label 4 pt to its
// right; the group is aligned by text_align and rotated as a unit for vertical orientations.
import type { WidgetOf } from "@/lib/templates/types";
import { noteFonts } from "../draw-text";
import { frameFor, measureText, paintLines, placeLines } from "../text-layout";
import { textStyle, type WidgetContext } from "../widget-context";

export function buildCheckbox(ctx: WidgetContext<WidgetOf<"checkbox">>): void {
  const rect = ctx.w.position;
  const { box_size: box, checked, orientation } = ctx.w.properties;
  const { stroke_color: stroke, fill_color: fill, check_color: check, line_width: lw } = ctx.w.styling;
  const frame = frameFor(rect, orientation);
  const label = ctx.text(ctx.w.content);
  const style = textStyle(ctx);
  if (label) noteFonts(ctx, style, label);
  const labelW = label ? measureText(style.font, style.size, label) : 0;
  const groupW = box + (label ? 4 + labelW : 0);
  const gx = style.align === "center" ? (frame.w - groupW) / 2 : style.align === "right" ? frame.w - groupW : 0;
  const by = (frame.h - box) / 2;
  const placed = label ? placeLines([label], { ...style, align: "left" }, labelW, frame.h).lines : [];
  for (const l of placed) l.x = gx + box + 4;
  const tickW = Math.max(2, ctx.profile.minStrokePt);
  if (fill) ctx.noteFill(box * box, fill);
  ctx.draw((p) => {
    p.save();
    if (orientation === "vertical_cw") p.translate(rect.x + rect.width, rect.y).rotate(90);
    else if (orientation === "vertical_ccw") p.translate(rect.x, rect.y + rect.height).rotate(-90);
    else p.translate(rect.x, rect.y);
    p.rect(gx, by, box, box);
    if (fill && lw > 0) p.lineWidth(lw).fillAndStroke(fill, stroke);
    else if (fill) p.fill(fill);
    else if (lw > 0) p.lineWidth(lw).stroke(stroke);
    if (checked) {
      p.moveTo(gx + 0.2 * box, by + 0.55 * box)
        .lineTo(gx + 0.42 * box, by + 0.78 * box)
        .lineTo(gx + 0.8 * box, by + 0.25 * box)
        .lineWidth(tickW)
        .lineCap("butt")
        .stroke(check);
    }
    p.restore();
    if (placed.length > 0) paintLines(p, rect, orientation, placed, style);
  });
}
