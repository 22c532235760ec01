import type { VersionDetail, VersionSummary } from "@/lib/db/project-versions";

export type VersionJson = {
  number: number;
  device_profile: string;
  created_at: string;
  /** Who saved it: their name or e-mail, null once that account is gone. */
  author: string | null;
  /** The earlier version this one restored, if it is a restore. */
  restored_from: number | null;
  template_yaml?: string;
};

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
