import { isRecordId, paginationSchema } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { listDeliveries } from "@/lib/webhooks/endpoints";

// GET /api/webhooks/endpoints/{id}/deliveries?limit=&offset=: the delivery log, newest first.
export const GET = apiRoute<{ id: string }>(async (req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Webhook endpoint");
  const page = paginationSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return Response.json(await listDeliveries(user.id, params.id, page), { headers: { "cache-control": "no-store" } });
});
