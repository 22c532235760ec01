// Step 8 of §6.4: the compiled schema "1.0" template and its statistics.
import { dump } from "js-yaml";
import type { NamedDestination, NavigationLink } from "./navigation";
import type { OutlineEntry } from "./outline";
import type { ProjectInput } from "./schema";

/** Used when the project has no created_at, so compiled output stays deterministic. */
export const FIXED_CREATED = "1970-01-01T00:00:00Z";
const SUFFIX = " (Compiled)";

export type CompileStats = {
  total_pages: number;
  total_widgets: number;
  sections_processed: number;
  /** A parent's count includes its nested pages. */
  pages_generated_per_section: Record<string, number>;
};

export function compiledTemplate(
  project: ProjectInput,
  canvas: Record<string, unknown>,
  widgets: Record<string, unknown>[],
  navigation: { named_destinations: NamedDestination[]; outlines: OutlineEntry[]; links: NavigationLink[] },
): Record<string, unknown> {
  const meta = project.metadata;
  const name = [...meta.name].slice(0, 100 - SUFFIX.length).join("") + SUFFIX;
  return {
    schema_version: "1.0",
    metadata: {
      name,
      description: meta.description,
      category: meta.category || "planner",
      version: "1.0",
      author: meta.author,
      created: meta.created_at ?? FIXED_CREATED,
      profile: meta.device_profile,
      locale: project.plan.locale,
    },
    canvas,
    widgets,
    masters: [],
    page_assignments: [],
    navigation,
    export: { modes: ["flattened"], default_mode: "flattened" },
  };
}

/** YAML text of a compiled template: Unicode kept, key order preserved, no anchors/aliases (§6.4 step 8). */
export function serializeCompiledTemplate(template: Record<string, unknown>): string {
  return dump(template, { lineWidth: -1, noRefs: true });
}
