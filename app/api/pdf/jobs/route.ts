import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { listJobsForOwner } from "@/lib/db/jobs";
import { createRenderJob, createRenderJobIdempotent } from "@/lib/jobs/enqueue";
import { hashRequestBody, IDEMPOTENT_REPLAYED_HEADER, readIdempotencyKey } from "@/lib/jobs/idempotency";
import { createRenderJobSchema, listJobsQuerySchema } from "@/lib/jobs/schema";
import { serializeJob } from "@/lib/jobs/serialize";

// POST /api/pdf/jobs: queue a render of the caller's YAML or project; 201 with the pending job.
// With an Idempotency-Key header, a repeat of the same request within 24 h returns the same job.
export const POST = apiRoute(async (req, { user }) => {
  const key = readIdempotencyKey(req.headers);
  const input = await readJsonBody(req, createRenderJobSchema);
  if (key === null) return Response.json(serializeJob(await createRenderJob(user.id, input)), { status: 201 });
  const { job, replayed } = await createRenderJobIdempotent(user.id, input, { key, requestHash: hashRequestBody(input) });
  // A replay answers as the first create did (201), marked so clients can tell.
  return Response.json(serializeJob(job), { status: 201, headers: replayed ? { [IDEMPOTENT_REPLAYED_HEADER]: "true" } : {} });
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
