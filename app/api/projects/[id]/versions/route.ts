import { paginationSchema } from "@/lib/api-input";
import { apiRoute } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { getProjectForOwner } from "@/lib/db/projects";
import { listVersionsForOwner } from "@/lib/db/project-versions";
import { serializeVersion } from "@/lib/projects/serialize-version";

type Params = { id: string };

// GET /api/projects/{id}/versions: the project's saved versions, newest first (404 for anyone else's project).
export const GET = apiRoute<Params>(async (req, { user, params }) => {
  if (!(await getProjectForOwner(user.id, params.id))) throw notFound("Project");
  const url = new URL(req.url);
  const { limit, offset } = paginationSchema.parse(Object.fromEntries(url.searchParams));
  const { versions, total } = await listVersionsForOwner(user.id, params.id, { limit, offset });
  return Response.json({ versions: versions.map(serializeVersion), total, limit, offset });
});
