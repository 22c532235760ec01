import { apiRoute } from "@/lib/auth/route";
import { getUsage } from "@/lib/quotas/usage";

// GET /api/usage: the caller's plan and, per quota, the limit, what is used and when it resets.
export const GET = apiRoute(async (_req, { user }) => Response.json(await getUsage(user), { headers: { "cache-control": "no-store" } }));
