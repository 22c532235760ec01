// "Start a project from an example": copies a gallery example into a new project of the caller.
import { createProject, type ProjectDetail } from "@/lib/db/projects";
import { notFound } from "@/lib/errors";
import { getExample } from "@/lib/examples";

export async function createProjectFromExample(ownerId: string, exampleId: string): Promise<ProjectDetail> {
  const example = getExample(exampleId);
  if (!example) throw notFound("Example");
  return createProject(ownerId, {
    // Project names and descriptions have the same limits as the API's (lib/projects/schema.ts).
    name: example.title.slice(0, 100),
    description: example.description.slice(0, 500),
    deviceProfile: example.profile,
    templateYaml: example.yaml,
  });
}
