import { adminRoute } from "@/lib/auth/route";
import { listAllActiveJobs } from "@/lib/admin/operations";

// GET /api/admin/jobs: (admins only) every user's queued and running jobs, running first.
export const GET = adminRoute(async () => Response.json(await listAllActiveJobs(), { headers: { "cache-control": "no-store" } }));
