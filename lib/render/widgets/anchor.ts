// anchor (§3.12): a named destination at the widget's top-left corner; draws nothing.
import { str } from "../props";
import type { WidgetContext } from "../widget-context";

export function buildAnchor(ctx: WidgetContext): void {
  const id = ctx.target(str(ctx.w.properties, "dest_id", ""));
  ctx.anchor(id, ctx.w.position.x, ctx.w.position.y);
}
