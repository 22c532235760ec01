import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { deleteProject, getProjectForOwner } from "@/lib/db/projects";
import { updateProjectFromInput } from "@/lib/projects/planner";
import { updateProjectSchema } from "@/lib/projects/schema";
import { serializeProject } from "@/lib/projects/serialize";

type Params = { id: string };

// GET /api/projects/{id}: one of the caller's projects (404 for anyone else's).
export const GET = apiRoute<Params>(async (_req, { user, params }) => {
  const project = await getProjectForOwner(user.id, params.id);
  if (!project) throw notFound("Project");
  return Response.json(serializeProject(project));
});

// PATCH /api/projects/{id}: rename or edit; `planner` changes builder options and regenerates the YAML.
export const PATCH = apiRoute<Params>(async (req, { user, params }) => {
  const input = await readJsonBody(req, updateProjectSchema);
  const project = await updateProjectFromInput(user.id, params.id, input);
  if (!project) throw notFound("Project");
  return Response.json(serializeProject(project));
});

// DELETE /api/projects/{id}
export const DELETE = apiRoute<Params>(async (_req, { user, params }) => {
  if (!(await deleteProject(user.id, params.id))) throw notFound("Project");
  return new Response(null, { status: 204 });
});
