import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { listJobsForOwner } from "@/lib/db/jobs";
import { createRenderJob } from "@/lib/jobs/enqueue";
import { createRenderJobSchema, listJobsQuerySchema } from "@/lib/jobs/schema";
import { serializeJob } from "@/lib/jobs/serialize";

// POST /api/pdf/jobs: queue a render of the caller's YAML or project; 201 with the pending job.
export const POST = apiRoute(async (req, { user }) => {
  const input = await readJsonBody(req, createRenderJobSchema);
  const job = await createRenderJob(user.id, input);
  return Response.json(serializeJob(job), { status: 201 });
});

// GET /api/pdf/jobs?status_filter=&limit=50&offset=0: the caller's jobs, newest first; total = all matching.
export const GET = apiRoute(async (req, { user }) => {
  const query = listJobsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const { jobs, total } = await listJobsForOwner(user.id, {
    status: query.status_filter,
    limit: query.limit,
    offset: query.offset,
  });
  return Response.json(
    { jobs: jobs.map(serializeJob), total, limit: query.limit, offset: query.offset },
    { headers: { "cache-control": "no-store" } },
  );
});
