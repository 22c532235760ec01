import { apiRoute } from "@/lib/auth/route";

// GET /api/me: the caller behind the session cookie or API token.
export const GET = apiRoute(async (_req, { user }) =>
  Response.json({ id: user.id, name: user.name, email: user.email, role: user.role, plan: user.plan }),
);
