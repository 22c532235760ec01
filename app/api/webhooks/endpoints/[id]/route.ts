import { isRecordId } from "@/lib/api-input";
import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { updateEndpointSchema } from "@/lib/webhooks/endpoint-schema";
import { deleteEndpoint, getEndpoint, updateEndpoint } from "@/lib/webhooks/endpoints";

type Params = { id: string };

// GET /api/webhooks/endpoints/{id}: one endpoint (404 for anyone else's).
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Webhook endpoint");
  return Response.json(await getEndpoint(user.id, params.id), { headers: { "cache-control": "no-store" } });
});

// PATCH /api/webhooks/endpoints/{id}: change its URL, events, description or enabled flag.
export const PATCH = apiRoute<Params>(async (req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Webhook endpoint");
  const input = await readJsonBody(req, updateEndpointSchema);
  return Response.json(await updateEndpoint(user.id, params.id, input));
});

// DELETE /api/webhooks/endpoints/{id}: remove it and its delivery log; 204.
export const DELETE = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Webhook endpoint");
  await deleteEndpoint(user.id, params.id);
  return new Response(null, { status: 204 });
});
