import type { VersionDetail, VersionSummary } from "@/lib/db/project-versions";
import type { ProjectVersionJson } from "@/lib/projects/schema";

export type VersionJson = ProjectVersionJson;

/** The API's snake_case view of a project version; the YAML only on the single-version view. */
export function serializeVersion(v: VersionSummary | VersionDetail): VersionJson {
  return {
    number: v.number,
    device_profile: v.deviceProfile,
    created_at: v.createdAt.toISOString(),
    author: v.author?.name || v.author?.email || null,
    restored_from: v.restoredFrom,
    ...("templateYaml" in v ? { template_yaml: v.templateYaml } : {}),
  };
}
