import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { createApiTokenSchema, expiryDate, type ApiTokenJson } from "@/lib/auth/api-token-schema";
import { createApiToken } from "@/lib/auth/api-token";
import { listApiTokens, type ApiTokenSummary } from "@/lib/db/api-tokens";

const serialize = (t: ApiTokenSummary): ApiTokenJson => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  created_at: t.createdAt.toISOString(),
  last_used_at: t.lastUsedAt?.toISOString() ?? null,
  expires_at: t.expiresAt?.toISOString() ?? null,
});

// GET /api/tokens: the caller's active tokens (never the secrets).
export const GET = apiRoute(async (_req, { user }) => Response.json({ tokens: (await listApiTokens(user.id)).map(serialize) }));

// POST /api/tokens: a new token; the secret is in this response only. Only a signed-in session may
// mint tokens: a leaked token must not be able to create others that outlive its revocation.
export const POST = apiRoute(async (req, { user, via }) => {
  if (via !== "session") {
    throw new AppError(
      "FORBIDDEN",
      "API tokens can only be created while signed in (Settings → API tokens) or on the server with `npm run tokens:create`",
    );
  }
  const input = await readJsonBody(req, createApiTokenSchema);
  const { token, summary } = await createApiToken(user.id, { name: input.name, expiresAt: expiryDate(input.expires_in_days) });
  return Response.json({ ...serialize(summary), token }, { status: 201 });
});
