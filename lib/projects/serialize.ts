import type { ProjectDetail, ProjectSummary } from "@/lib/db/projects";
import type { ProjectJson } from "@/lib/projects/schema";

/** The API's snake_case view of a project; the YAML only on the single-project view. */
export function serializeProject(p: ProjectSummary | ProjectDetail): ProjectJson {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    device_profile: p.deviceProfile,
    planner: (p.plannerOptions as Record<string, unknown> | null) ?? null,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
    ...("templateYaml" in p ? { template_yaml: p.templateYaml } : {}),
  };
}
