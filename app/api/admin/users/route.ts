import { adminRoute } from "@/lib/auth/route";
import { listUsersWithUsage } from "@/lib/admin/operations";
import { usersQuerySchema } from "@/lib/admin/schema";

// GET /api/admin/users?q=&limit=20&offset=0: (admins only) users whose e-mail contains q, newest
// first, each with plan, quotas and usage.
export const GET = adminRoute(async (req) => {
  const query = usersQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return Response.json(await listUsersWithUsage(query), { headers: { "cache-control": "no-store" } });
});
