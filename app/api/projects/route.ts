import { apiRoute, readJsonBody } from "@/lib/auth/route";
import { listProjects } from "@/lib/db/projects";
import { paginationSchema } from "@/lib/api-input";
import { createProjectFromInput } from "@/lib/projects/planner";
import { createProjectSchema } from "@/lib/projects/schema";
import { serializeProject } from "@/lib/projects/serialize";

// GET /api/projects?limit=&offset=: the caller's projects, most recently updated first.
export const GET = apiRoute(async (req, { user }) => {
  const page = paginationSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const { projects, total } = await listProjects(user.id, page);
  return Response.json({ projects: projects.map(serializeProject), total, ...page });
});

// POST /api/projects: create a project from YAML, or from planner-builder options (`planner`).
export const POST = apiRoute(async (req, { user }) => {
  const input = await readJsonBody(req, createProjectSchema);
  const project = await createProjectFromInput(user.id, input);
  return Response.json(serializeProject(project), { status: 201 });
});
