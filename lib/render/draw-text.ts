// Lays out and queues one text block in a rectangle (§3.3), reporting overflow (D27) and the fonts the
// text falls back to (§8.3).
import type { Rect } from "./model";
import { frameFor, paintLines, placeLines, wrapText, type Orientation, type TextStyle } from "./text-layout";
import type { WidgetContext } from "./widget-context";

/** Notes `text` drawn in `style` for the widget's `font_fallback` report; every widget calls it for what it draws. */
export function noteFonts(ctx: WidgetContext, style: TextStyle, text: string): void {
  ctx.noteText(style.font, text);
}

export function drawTextBlock(
  ctx: WidgetContext,
  rect: Rect,
  text: string,
  style: TextStyle,
  orientation: Orientation = "horizontal",
  options: { wrap?: boolean; maxLines?: number; quietOverflow?: boolean } = {},
): void {
  if (text === "") return;
  noteFonts(ctx, style, text);
  const frame = frameFor(rect, orientation);
  let lines = options.wrap === false ? text.split("\n") : wrapText(text, style.font, style.size, frame.w);
  if (options.maxLines !== undefined && lines.length > options.maxLines) lines = lines.slice(0, options.maxLines);
  const placed = placeLines(lines, style, frame.w, frame.h);
  if (placed.overflow && !options.quietOverflow) {
    ctx.report({ severity: "info", code: "text_overflow", message: "text does not fit its box; clipped at the bottom" });
  }
  ctx.draw((p) => paintLines(p, rect, orientation, placed.lines, style));
}
