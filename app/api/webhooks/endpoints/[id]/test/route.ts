import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { sendTestEvent } from "@/lib/webhooks/endpoints";

// POST /api/webhooks/endpoints/{id}/test: send a webhook.test event now; 201 with the delivery after its first attempt.
export const POST = apiRoute<{ id: string }>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Webhook endpoint");
  return Response.json(await sendTestEvent(user.id, params.id), { status: 201 });
});
