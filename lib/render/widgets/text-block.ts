// text_block (§3.5): content with render-time tokens, laid out per §3.3.
import { drawTextBlock } from "../draw-text";
import { orientationOf, textStyle, type WidgetContext } from "../widget-context";

export function buildTextBlock(ctx: WidgetContext): void {
  const text = ctx.text(ctx.w.content ?? "");
  drawTextBlock(ctx, ctx.w.position, text, textStyle(ctx, { size: 12, color: "#000000" }), orientationOf(ctx));
}
