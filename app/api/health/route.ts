import { publicRoute } from "@/lib/auth/route";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// GET /api/health: liveness plus database reachability (503 when the database is down).
export const GET = publicRoute(async () => {
  const database = await checkDatabase();
  const ok = database.ok;
  return Response.json({ status: ok ? "ok" : "degraded", database }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
});
