import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { createEndpointSchema } from "@/lib/webhooks/endpoint-schema";
import { createEndpoint, listEndpoints } from "@/lib/webhooks/endpoints";

// GET /api/webhooks/endpoints: the caller's webhook endpoints (secrets are not listed).
export const GET = apiRoute(async (_req, { user }) => {
  return Response.json({ endpoints: await listEndpoints(user.id) }, { headers: { "cache-control": "no-store" } });
});

// POST /api/webhooks/endpoints: register a URL for chosen events; 201 with the endpoint and its secret.
export const POST = apiRoute(async (req, { user }) => {
  const input = await readJsonBody(req, createEndpointSchema);
  return Response.json(await createEndpoint(user.id, input), { status: 201, headers: { "cache-control": "no-store" } });
});
