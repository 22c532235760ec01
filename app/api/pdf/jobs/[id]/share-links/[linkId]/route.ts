import { apiRoute } from "@/lib/auth/route";
import { isRecordId } from "@/lib/api-input";
import { notFound } from "@/lib/errors";
import { revokeShareLinkForOwner } from "@/lib/share-links/share-links";

type Params = { id: string; linkId: string };

// DELETE /api/pdf/jobs/{id}/share-links/{linkId}: revoke; the link stops working at once.
export const DELETE = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id) || !isRecordId(params.linkId)) throw notFound("Share link");
  await revokeShareLinkForOwner(user.id, params.id, params.linkId);
  return new Response(null, { status: 204 });
});
