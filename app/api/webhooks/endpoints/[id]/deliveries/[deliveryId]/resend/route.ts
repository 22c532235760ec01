import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { resendDelivery } from "@/lib/webhooks/endpoints";

// POST /api/webhooks/endpoints/{id}/deliveries/{deliveryId}/resend: send that event again (same
// webhook-id and body) as a new delivery; 201 with it after its first attempt.
export const POST = apiRoute<{ id: string; deliveryId: string }>(async (_req, { user, params }) => {
  if (!isRecordId(params.id) || !isRecordId(params.deliveryId)) throw notFound("Webhook delivery");
  return Response.json(await resendDelivery(user.id, params.id, params.deliveryId), { status: 201 });
});
