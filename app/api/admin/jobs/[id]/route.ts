import { isRecordId } from "@/lib/api-input";
import { adminRoute } from "@/lib/auth/route";
import { cancelAnyJob } from "@/lib/admin/operations";
import { notFound } from "@/lib/errors";

type Params = { id: string };

// DELETE /api/admin/jobs/{id}: (admins only) cancel any user's job; the render child is killed as
// for the owner's own cancel. 409 once the job has finished.
export const DELETE = adminRoute<Params>(async (_req, { params }) => {
  if (!isRecordId(params.id)) throw notFound("Job");
  await cancelAnyJob(params.id);
  return new Response(null, { status: 204 });
});
