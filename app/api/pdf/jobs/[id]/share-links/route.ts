import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { isRecordId } from "@/lib/api-input";
import { publicOrigin } from "@/lib/app-url";
import { notFound } from "@/lib/errors";
import { createShareLinkSchema } from "@/lib/share-links/schema";
import { createShareLink, listShareLinks } from "@/lib/share-links/share-links";

type Params = { id: string };

// GET /api/pdf/jobs/{id}/share-links: the job's links that still work (newest first).
export const GET = apiRoute<Params>(async (req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Job");
  return Response.json({ links: await listShareLinks(user.id, params.id, { origin: publicOrigin(req.url) }) });
});

// POST /api/pdf/jobs/{id}/share-links: a signed download link that works without signing in.
export const POST = apiRoute<Params>(async (req, { user, params }) => {
  if (!isRecordId(params.id)) throw notFound("Job");
  const input = await readJsonBody(req, createShareLinkSchema);
  return Response.json(await createShareLink(user.id, params.id, input, { origin: publicOrigin(req.url) }), { status: 201 });
});
