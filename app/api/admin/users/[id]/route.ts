import { isRecordId } from "@/lib/api-input";
import { adminRoute, readJsonBody } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { getUserUsage, updateUserPlan } from "@/lib/quotas/admin";
import { updateUserPlanSchema } from "@/lib/quotas/schema";

type Params = { id: string };

// GET /api/admin/users/{id}: (admins only; 404 for others) a user's plan, quotas and usage.
export const GET = adminRoute<Params>(async (_req, { params }) => {
  if (!isRecordId(params.id)) throw notFound("User");
  return Response.json(await getUserUsage(params.id), { headers: { "cache-control": "no-store" } });
});

// PATCH /api/admin/users/{id}: (admins only) change the plan and/or per-user quota overrides.
export const PATCH = adminRoute<Params>(async (req, { params }) => {
  if (!isRecordId(params.id)) throw notFound("User");
  return Response.json(await updateUserPlan(params.id, await readJsonBody(req, updateUserPlanSchema)));
});
