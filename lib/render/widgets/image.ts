// image (§3.10): embedded PNG/JPEG from image_data or a data: URI, placed per image_fit and clipped to
// the widget. Other sources (assets, allow-listed remote hosts) need the async loader in
// lib/render/images and are not wired in yet; they get the placeholder and an image_error.
import { paintColor } from "../color";
import { num, optStr, str } from "../props";
import type { WidgetContext } from "../widget-context";

type Decoded = { data: Uint8Array; format: "png" | "jpg"; width: number; height: number };

function decode(raw: string): Decoded | string {
  const m = /^data:image\/(png|jpeg|jpg);base64,(.*)$/s.exec(raw.trim());
  const b64 = m?.[2] ?? raw.trim();
  if (!/^[A-Za-z0-9+/=\s]+$/.test(b64)) return "image data is not base64";
  const data = new Uint8Array(Buffer.from(b64, "base64"));
  if (data.length > 8 * 1024 * 1024) return "image is larger than 8 MiB";
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // The type is decided by magic bytes, never by the declared type (§9.4).
  if (buf.length > 24 && buf.readUInt32BE(0) === 0x89504e47) return { data, format: "png", width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  if (buf.length > 4 && buf[0] === 0xff && buf[1] === 0xd8) {
    for (let i = 2; i + 9 < buf.length; ) {
      if (buf[i] !== 0xff) return "JPEG header is corrupt";
      const marker = buf[i + 1] ?? 0;
      const len = buf.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { data, format: "jpg", height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
      }
      i += 2 + len;
    }
    return "JPEG has no size header";
  }
  return "only PNG and JPEG images are supported";
}

export function buildImage(ctx: WidgetContext): void {
  const p = ctx.w.properties;
  const rect = ctx.w.position;
  const source = optStr(p, "image_data") ?? optStr(p, "image_src");
  const decoded = source === undefined ? "no image_data or image_src" : source.startsWith("data:") || optStr(p, "image_data") !== undefined ? decode(source) : "only inline image data is supported by this build";
  if (typeof decoded === "string" || decoded.width * decoded.height > 40_000_000 || decoded.width === 0) {
    const message = typeof decoded === "string" ? decoded : "image exceeds 40 megapixels";
    if (ctx.strict) throw new Error(message);
    ctx.report({ severity: "warning", code: "image_error", message: `${message}; placeholder drawn` });
    const grey = paintColor("#DDDDDD", "#DDDDDD", ctx.profile) ?? "#DDDDDD";
    ctx.draw((pt) => {
      pt.save().rect(rect.x, rect.y, rect.width, rect.height).fill(grey);
      pt.moveTo(rect.x, rect.y).lineTo(rect.x + rect.width, rect.y + rect.height).moveTo(rect.x + rect.width, rect.y).lineTo(rect.x, rect.y + rect.height);
      pt.lineWidth(Math.max(1, ctx.profile.minStrokePt)).stroke("#999999").restore();
    });
    return;
  }
  const fit = str(p, "image_fit", "fit");
  let box = rect;
  if (fit === "actual") box = { x: rect.x, y: rect.y + rect.height - decoded.height, width: decoded.width, height: decoded.height };
  else if (fit !== "stretch") {
    const scale = Math.min(rect.width / decoded.width, rect.height / decoded.height);
    const w = decoded.width * scale;
    const h = decoded.height * scale;
    box = { x: rect.x + (rect.width - w) / 2, y: rect.y + (rect.height - h) / 2, width: w, height: h };
  }
  ctx.image({ kind: "image", rect: box, data: decoded.data, format: decoded.format, clip: rect, opacity: num(p, "opacity", 1, 0, 1) });
}
