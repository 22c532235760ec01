import { isRecordId } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { cancelBatch, getBatch } from "@/lib/jobs/batches";

type Params = { id: string };

// GET /api/pdf/batches/{id}: the batch with each device's job status and progress, and the aggregate.
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Batch");
  return Response.json(await getBatch(user.id, params.id), { headers: { "cache-control": "no-store" } });
});

// DELETE /api/pdf/batches/{id}: cancel every job of the batch still pending or processing; 204.
export const DELETE = apiRoute<Params>(async (_req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Batch");
  await cancelBatch(user.id, params.id);
  return new Response(null, { status: 204 });
});
