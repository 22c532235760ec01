// The HTTP answer for a stored page picture (a job's page, a sample's page): PNG bytes streamed from
// storage, or 304 when the browser already holds this picture (its etag names the exact picture).
import { Readable } from "node:stream";
import type { PageImage } from "./job-pages";

/** `cached`: whether the picture came from storage (`x-cache: hit`) or was drawn for this request. */
export function pageImageResponse(req: Request, image: PageImage & { cached?: boolean }, cacheControl: string): Response {
  const headers: Record<string, string> = {
    "cache-control": cacheControl,
    etag: image.etag,
    vary: "Cookie, Authorization",
    "x-content-type-options": "nosniff",
  };
  if (image.cached !== undefined) headers["x-cache"] = image.cached ? "hit" : "miss";
  if (req.headers.get("if-none-match") === image.etag) {
    image.stream.destroy();
    return new Response(null, { status: 304, headers });
  }
  return new Response(Readable.toWeb(image.stream) as ReadableStream<Uint8Array>, {
    headers: { ...headers, "content-type": "image/png", "content-length": String(image.size), "x-image-width": String(image.width) },
  });
}
