// checkbox (§3.6): a square box centred vertically, an optional tick, and a one-line label 4 pt to its
// right; the group is aligned by text_align and rotated as a unit for vertical orientations.
import { noteFonts } from "../draw-text";
import { bool, num } from "../props";
import { frameFor, measureText, paintLines, placeLines } from "../text-layout";
import { orientationOf, strokeWidth, textStyle, widgetColor, type WidgetContext } from "../widget-context";

export function buildCheckbox(ctx: WidgetContext): void {
  const rect = ctx.w.position;
  const s = ctx.w.styling;
  const orientation = orientationOf(ctx);
  const frame = frameFor(rect, orientation);
  const box = num(ctx.w.properties, "box_size", 12, 4, 50);
  const label = ctx.text(ctx.w.content ?? "");
  const style = textStyle(ctx, { size: 12, color: "#000000" });
  if (label) noteFonts(ctx, style, label);
  const labelW = label ? measureText(style.font, style.size, label) : 0;
  const groupW = box + (label ? 4 + labelW : 0);
  const gx = style.align === "center" ? (frame.w - groupW) / 2 : style.align === "right" ? frame.w - groupW : 0;
  const by = (frame.h - box) / 2;
  const stroke = widgetColor(ctx, "styling", "stroke_color", "#000000");
  const fill = widgetColor(ctx, "styling", "fill_color", "#FFFFFF");
  const check = widgetColor(ctx, "styling", "check_color", "#000000");
  const lw = strokeWidth(ctx, num(s, "line_width", 1, 0.1, 5));
  const checked = bool(ctx.w.properties, "checked", false);
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
    if (fill && stroke && lw > 0) p.lineWidth(lw).fillAndStroke(fill, stroke);
    else if (fill) p.fill(fill);
    else if (stroke && lw > 0) p.lineWidth(lw).stroke(stroke);
    if (checked && check) {
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
