import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { revealEndpointSecret } from "@/lib/webhooks/endpoints";

// GET /api/webhooks/endpoints/{id}/secret: the endpoint's signing secret (whsec_…).
export const GET = apiRoute<{ id: string }>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Webhook endpoint");
  return Response.json(await revealEndpointSecret(user.id, params.id), { headers: { "cache-control": "no-store" } });
});
