// link_list (§3.17): a grid of internal links, one explicit link per item; items with an empty target are
// skipped and leave their slot empty.
import type { WidgetOf } from "@/lib/templates/types";
import { drawTextBlock } from "../draw-text";
import { linkListItemOf } from "../navigation/widget-links";
import type { Rect } from "../model";
import { frameFor } from "../text-layout";
import { textStyle, type WidgetContext } from "../widget-context";

export function buildLinkList(ctx: WidgetContext<WidgetOf<"link_list">>): void {
  const { labels, columns, orientation, gap_x: gx, gap_y: gy, highlight_color: hiColor } = ctx.w.properties;
  // The validator makes labels and destinations the same length (the legacy generator expands into both).
  const n = labels.length;
  if (n === 0) return;
  const rect = ctx.w.position;
  const frame = frameFor(rect, orientation);
  const rows = Math.ceil(n / columns);
  const itemW = (frame.w - (columns - 1) * gx) / columns;
  const itemH = ctx.w.properties.item_height ?? (frame.h - (rows - 1) * gy) / rows;
  const hiRaw = ctx.w.properties.highlight_index;
  const hi = hiRaw === undefined ? undefined : Number(ctx.text(String(hiRaw)));
  const bg = ctx.w.properties.background_color ?? null;
  const style = textStyle(ctx);
  // Item rectangles are computed in the (possibly rotated) frame, then mapped back to the page.
  const toPage = (fx: number, fy: number, fw: number, fh: number): Rect => {
    if (orientation === "vertical_cw") return { x: rect.x + rect.width - fy - fh, y: rect.y + fx, width: fh, height: fw };
    if (orientation === "vertical_ccw") return { x: rect.x + fy, y: rect.y + rect.height - fx - fw, width: fh, height: fw };
    return { x: rect.x + fx, y: rect.y + fy, width: fw, height: fh };
  };
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / columns);
    const c = i % columns;
    const item = toPage(c * (itemW + gx), r * (itemH + gy), itemW, itemH);
    const link = linkListItemOf(ctx, i);
    if (!link.skipped) {
      const fill = hi === i + 1 ? hiColor : bg;
      if (fill) ctx.fillRect(item, fill);
      drawTextBlock(ctx, item, link.extra.label ?? "", style, orientation);
    }
    // A skipped item's slot stays empty; link resolution reports it as link_suppressed.
    ctx.link(item, link.target, "explicit", link.extra);
  }
}
