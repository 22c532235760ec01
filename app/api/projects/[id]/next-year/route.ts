import { apiRoute } from "@/lib/auth/route";
import { createNextYearProject } from "@/lib/projects/planner";
import { serializeProject } from "@/lib/projects/serialize";

type Params = { id: string };

// POST /api/projects/{id}/next-year: a new builder project with the same options for the following period.
export const POST = apiRoute<Params>(async (_req, { user, params }) => {
  const project = await createNextYearProject(user.id, params.id);
  return Response.json(serializeProject(project), { status: 201 });
});
