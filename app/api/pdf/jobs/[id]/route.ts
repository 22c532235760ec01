import { apiRoute } from "@/lib/auth/route";
import { getJobForOwner } from "@/lib/db/jobs";
import { notFound } from "@/lib/errors";
import { cancelRenderJob } from "@/lib/jobs/enqueue";
import { isRecordId } from "@/lib/api-input";
import { serializeJob } from "@/lib/jobs/serialize";

type Params = { id: string };

// GET /api/pdf/jobs/{id}: status, progress and diagnostics of one of the caller's jobs.
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  const job = isRecordId(params.id) ? await getJobForOwner(user.id, params.id) : null;
  if (!job) throw notFound("Job");
  return Response.json(serializeJob(job), { headers: { "cache-control": "no-store" } });
});

// DELETE /api/pdf/jobs/{id}: cancel (kills the render); 409 once the job has finished.
export const DELETE = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Job");
  await cancelRenderJob(user.id, params.id);
  return new Response(null, { status: 204 });
});
