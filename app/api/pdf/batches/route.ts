import { paginationSchema } from "@/lib/api-input";
import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { listBatchesForOwner } from "@/lib/db/batches";
import { createBatchSchema } from "@/lib/jobs/batch-schema";
import { createBatch, serializeBatch } from "@/lib/jobs/batches";

// POST /api/pdf/batches: render one template or project for several device profiles; 201 with the batch.
export const POST = apiRoute(async (req, { user }) => {
  const input = await readJsonBody(req, createBatchSchema);
  return Response.json(await createBatch(user.id, input), { status: 201 });
});

// GET /api/pdf/batches?limit=&offset=: the caller's batches, newest first.
export const GET = apiRoute(async (req, { user }) => {
  const page = paginationSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const { batches, total } = await listBatchesForOwner(user.id, page);
  return Response.json({ batches: batches.map(serializeBatch), total, ...page }, { headers: { "cache-control": "no-store" } });
});
