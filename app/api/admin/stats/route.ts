import { adminRoute } from "@/lib/auth/route";
import { statsQuerySchema } from "@/lib/admin/schema";
import { getDashboardStats } from "@/lib/admin/stats";

// GET /api/admin/stats?days=14: (admins only; 404 for everyone else) the queue now, and per UTC day
// the finished renders, p50/p95 render time and failure rate, with the top failure causes.
export const GET = adminRoute(async (req) => {
  const { days } = statsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return Response.json(await getDashboardStats(days), { headers: { "cache-control": "no-store" } });
});
