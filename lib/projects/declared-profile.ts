// The device profile a template or project names for itself (`metadata.profile`, or a project's
// `metadata.device_profile`). A project created without `device_profile` takes it, so the same YAML
// renders the same as a project as it does as `yaml_content` (a stored default would override it).
import { isRecord } from "@/lib/templates/raw";
import { parseYaml } from "@/lib/templates/yaml";

const PROFILE_ID = /^[a-z0-9][a-z0-9._-]*$/;

export function declaredProfile(yaml: string | undefined): string | undefined {
  if (!yaml?.trim()) return undefined;
  const parsed = parseYaml(yaml);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const metadata = parsed.value.metadata;
  if (!isRecord(metadata)) return undefined;
  const value = metadata.device_profile ?? metadata.profile;
  // Only a well-formed id is stored; anything else is reported when the YAML is rendered.
  return typeof value === "string" && PROFILE_ID.test(value.trim()) && value.trim().length <= 64 ? value.trim() : undefined;
}
