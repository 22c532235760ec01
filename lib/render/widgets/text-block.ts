// text_block (§3.5): content with render-time tokens, laid out per §3.3.
import type { WidgetOf } from "@/lib/templates/types";
import { drawTextBlock } from "../draw-text";
import { textStyle, type WidgetContext } from "../widget-context";

export function buildTextBlock(ctx: WidgetContext<WidgetOf<"text_block">>): void {
  const text = ctx.text(ctx.w.content);
  drawTextBlock(ctx, ctx.w.position, text, textStyle(ctx), ctx.w.properties.orientation);
}
