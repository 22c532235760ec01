// image (§3.10): the image the loader fetched ahead of planning (data URI, base64, asset or allow-listed
// host, checked by lib/render/images), placed per image_fit and clipped to the widget. A missing or
// refused image draws a grey placeholder with a diagonal cross (non-strict) or fails (strict).
import type { WidgetOf } from "@/lib/templates/types";
import { toGrey } from "../grayscale";
import type { WidgetContext } from "../widget-context";

/** Built-in greys: unchanged by the monochrome conversion (§7.5). */
const PLACEHOLDER_FILL = "#DDDDDD";
const PLACEHOLDER_CROSS = "#999999";

function placeholder(ctx: WidgetContext): void {
  const r = ctx.w.position;
  const lw = Math.max(1, ctx.profile.minStrokePt);
  ctx.draw((p) => {
    p.save().rect(r.x, r.y, r.width, r.height).fill(PLACEHOLDER_FILL);
    p.moveTo(r.x, r.y)
      .lineTo(r.x + r.width, r.y + r.height)
      .moveTo(r.x + r.width, r.y)
      .lineTo(r.x, r.y + r.height);
    p.lineWidth(lw).stroke(PLACEHOLDER_CROSS).restore();
  });
}

export function buildImage(ctx: WidgetContext<WidgetOf<"image">>): void {
  const p = ctx.w.properties;
  const rect = ctx.w.position;
  const loaded = ctx.images?.get(ctx.w);
  if (!loaded || !loaded.ok) {
    // §2.9: image_error in both modes (warning with a placeholder, or error); never widget_failed.
    const diagnostic = loaded?.ok === false ? loaded.diagnostic : undefined;
    const severity = ctx.strict ? "error" : "warning";
    if (diagnostic) ctx.sink.push({ ...diagnostic, severity, page: ctx.page, widget_id: ctx.w.id });
    else
      ctx.report({
        severity,
        code: "image_error",
        message: ctx.strict ? "no image_data or image_src" : "no image_data or image_src; placeholder drawn",
      });
    if (!ctx.strict) placeholder(ctx);
    return;
  }
  const fit = p.image_fit;
  let box = rect;
  if (fit === "actual") box = { x: rect.x, y: rect.y + rect.height - loaded.height, width: loaded.width, height: loaded.height };
  else if (fit !== "stretch") {
    const scale = Math.min(rect.width / loaded.width, rect.height / loaded.height);
    const w = loaded.width * scale;
    const h = loaded.height * scale;
    box = { x: rect.x + (rect.width - w) / 2, y: rect.y + (rect.height - h) / 2, width: w, height: h };
  }
  let data: Uint8Array = new Uint8Array(loaded.data);
  if (p.convert_to_grayscale) {
    const grey = toGrey(data, loaded.format);
    if (grey) data = grey;
    else
      ctx.report({ severity: "info", code: "image_error", message: "convert_to_grayscale could not decode the image; embedded in colour" });
  }
  ctx.image({ kind: "image", rect: box, data, format: loaded.format, clip: rect, opacity: p.opacity });
}
