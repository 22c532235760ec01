import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { rotateEndpointSecret } from "@/lib/webhooks/endpoints";

// POST /api/webhooks/endpoints/{id}/secret/rotate: a new secret, used from the next attempt on (the
// replaced one still signs for 24 h: lib/webhooks/rotation.ts).
export const POST = apiRoute<{ id: string }>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Webhook endpoint");
  return Response.json(await rotateEndpointSecret(user.id, params.id), { headers: { "cache-control": "no-store" } });
});
