import { Readable } from "node:stream";
import { apiRoute } from "@/lib/auth/route";
import { isRecordId } from "@/lib/api-input";
import { readAssetContent } from "@/lib/assets/upload";
import { notFound } from "@/lib/errors";

type Params = { id: string };

// GET /api/assets/{id}/content: the image bytes. The type was decided by magic bytes at upload, and
// nosniff plus a no-script CSP keep a browser from treating them as anything else.
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Asset");
  const { asset, stream, size } = await readAssetContent(user.id, params.id);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": asset.contentType,
      "content-length": String(size),
      "content-disposition": "inline",
      // Content never changes under an id (a re-upload gets a new one); private: it needs the caller's credentials.
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
});
