import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { revokeApiToken } from "@/lib/db/api-tokens";

// DELETE /api/tokens/{id}: revoke one of the caller's tokens (404 for anyone else's).
export const DELETE = apiRoute<{ id: string }>(async (_req, { user, params }) => {
  if (!(await revokeApiToken(user.id, params.id))) throw notFound("API token");
  return new Response(null, { status: 204 });
});
