// anchor (§3.12): a named destination at the widget's top-left corner; draws nothing.
import type { WidgetOf } from "@/lib/templates/types";
import type { WidgetContext } from "../widget-context";

export function buildAnchor(ctx: WidgetContext<WidgetOf<"anchor">>): void {
  ctx.anchor(ctx.target(ctx.w.properties.dest_id), ctx.w.position.x, ctx.w.position.y);
}
