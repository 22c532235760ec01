import { apiRoute } from "@/lib/auth/route";
import { getOrCreateWebhookSecret, rotateWebhookSecret } from "@/lib/webhooks/secret";

const json = (s: { secret: string; createdAt: Date }) =>
  Response.json({ secret: s.secret, created_at: s.createdAt.toISOString() }, { headers: { "cache-control": "no-store" } });

// GET /api/me/webhook-secret: the caller's webhook signing secret (created on first use).
export const GET = apiRoute(async (_req, { user }) => json(await getOrCreateWebhookSecret(user.id)));

// POST /api/me/webhook-secret: rotate it; every delivery from now on (retries too) is signed with the new
// one, and for 24 h with the replaced one too (lib/webhooks/rotation.ts).
export const POST = apiRoute(async (_req, { user }) => json(await rotateWebhookSecret(user.id)));
