import { apiRoute } from "@/lib/auth/route";
import { isRecordId } from "@/lib/api-input";
import { serializeAsset } from "@/lib/assets/serialize";
import { deleteAsset } from "@/lib/assets/upload";
import { getAssetForOwner } from "@/lib/db/assets";
import { notFound } from "@/lib/errors";

type Params = { id: string };

// GET /api/assets/{id}: one of the caller's assets (404 for anyone else's).
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  const asset = isRecordId(params.id) ? await getAssetForOwner(user.id, params.id) : null;
  if (!asset) throw notFound("Asset");
  return Response.json(serializeAsset(asset), { headers: { "cache-control": "no-store" } });
});

// DELETE /api/assets/{id}: removes the asset and its bytes; 204. Templates using it then get image_error.
export const DELETE = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Asset");
  await deleteAsset(user.id, params.id);
  return new Response(null, { status: 204 });
});
