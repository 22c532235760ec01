import { paginationSchema } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { readUploadRequest } from "@/lib/assets/read-upload";
import { serializeAsset } from "@/lib/assets/serialize";
import { uploadAsset } from "@/lib/assets/upload";
import { listAssets } from "@/lib/db/assets";

// POST /api/assets: upload a PNG or JPEG (multipart `file`, optional `name`); 201 with the asset.
export const POST = apiRoute(
  async (req, { user }) => {
    const asset = await uploadAsset(user.id, await readUploadRequest(req));
    return Response.json(serializeAsset(asset), { status: 201 });
  },
  { bodyTypes: ["multipart/form-data"] },
);

// GET /api/assets?limit=50&offset=0: the caller's assets, newest first.
export const GET = apiRoute(async (req, { user }) => {
  const query = paginationSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const { assets, total } = await listAssets(user.id, query);
  return Response.json(
    { assets: assets.map(serializeAsset), total, limit: query.limit, offset: query.offset },
    { headers: { "cache-control": "no-store" } },
  );
});
