// link_list (§3.17): a grid of internal links, one explicit link per item; items with an empty target are
// skipped and leave their slot empty.
import { drawTextBlock } from "../draw-text";
import { isUsableId, normaliseId } from "../navigation/destinations";
import { list, num, optNum } from "../props";
import type { Rect } from "../model";
import { frameFor } from "../text-layout";
import { orientationOf, textStyle, widgetColor, type WidgetContext } from "../widget-context";

export function buildLinkList(ctx: WidgetContext): void {
  const p = ctx.w.properties;
  const labels = (list(p, "labels") ?? []).map((v) => String(v));
  const dests = (list(p, "destinations") ?? []).map((v) => String(v));
  const n = Math.min(labels.length, dests.length);
  if (n === 0) return;
  const rect = ctx.w.position;
  const orientation = orientationOf(ctx);
  const frame = frameFor(rect, orientation);
  const columns = Math.max(1, Math.floor(num(p, "columns", 1, 1)));
  const rows = Math.ceil(n / columns);
  const gx = num(p, "gap_x", 0, 0);
  const gy = num(p, "gap_y", 0, 0);
  const itemW = (frame.w - (columns - 1) * gx) / columns;
  const itemH = optNum(p, "item_height") ?? (frame.h - (rows - 1) * gy) / rows;
  const hiRaw = p?.highlight_index;
  const hi = hiRaw === undefined ? undefined : Number(ctx.text(String(hiRaw)));
  const hiColor = widgetColor(ctx, "properties", "highlight_color", "#DBEAFE");
  const bg = widgetColor(ctx, "properties", "background_color", null);
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
    const target = ctx.target(dests[i] ?? "");
    const normalised = normaliseId(target);
    if (!isUsableId(normalised) || normalised.endsWith(":")) {
      // Skipped item: nothing drawn, its slot stays empty; link resolution reports link_suppressed.
      ctx.link(item, target, "explicit", { itemId: `${ctx.w.id}_${i}`, property: `properties.destinations[${i}]` });
      continue;
    }
    const fill = hi === i + 1 && hiColor ? hiColor : bg;
    if (fill) ctx.fillRect(item, fill);
    const label = ctx.text(labels[i] ?? "");
    drawTextBlock(ctx, item, label, textStyle(ctx, { size: 12, color: "#0066CC" }), orientation);
    ctx.link(item, target, "explicit", { itemId: `${ctx.w.id}_${i}`, label, property: `properties.destinations[${i}]` });
  }
}
