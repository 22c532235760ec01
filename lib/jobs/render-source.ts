// The document a render request is about (submitted YAML, or the caller's project), checked by
// the template layer before any work is queued: invalid template, unknown profile and page limit are
// answered now, not after a render. Used by job creation and POST /api/pdf/generate.
import { getLatestVersion } from "@/lib/db/project-versions";
import { getProjectForOwner } from "@/lib/db/projects";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { inspectOffThread } from "@/lib/jobs/inspect-pool";
import { DEFAULT_RENDER_OPTIONS, type CreateRenderJobInput, type RenderOptionsInput } from "@/lib/jobs/schema";
import { formatDiagnostic } from "@/lib/templates/diagnostics";
import type { InspectResult } from "@/lib/templates/inspect";
import { getProfile } from "@/lib/templates/profiles";
import { plannerYamlForProfile } from "@/lib/projects/planner";

export type RenderSource = {
  projectId: string | null;
  /** The saved version rendered; null for pasted YAML (also when it is sent with a project id). */
  projectVersionId: string | null;
  title: string;
  yaml: string;
  profile: string | null;
  deterministic: boolean;
  strictMode: boolean;
  renderOptions: RenderOptionsInput;
  pageCount: number | undefined;
};

/**
 * The YAML to render (submitted, or the caller's project), checked before any work is queued:
 * invalid template, unknown profile and page limit are answered now, not after a render.
 */
export async function resolveRenderSource(ownerId: string, input: CreateRenderJobInput): Promise<RenderSource> {
  let yaml = input.yaml_content;
  let profile = input.profile ?? null;
  let projectId: string | null = null;
  let projectName: string | null = null;
  let projectVersionId: string | null = null;
  if (input.project_id) {
    const project = await getProjectForOwner(ownerId, input.project_id);
    if (!project) throw notFound("Project");
    projectId = project.id;
    projectName = project.name;
    if (yaml === undefined) {
      yaml = project.templateYaml;
      projectVersionId = (await getLatestVersion(project.id))?.id ?? null;
      // A builder project for another device: its options regenerated for that device (lib/planner/generate.ts).
      if (project.plannerOptions && profile && profile !== project.deviceProfile && getProfile(profile)) {
        yaml = await plannerYamlForProfile(project.plannerOptions, profile);
      }
    }
    profile ??= project.deviceProfile || null;
  }
  if (!yaml?.trim()) throw new AppError("BAD_INPUT", "yaml_content: the template is empty");
  if (input.profile && !getProfile(input.profile)) {
    throw new AppError("BAD_INPUT", "profile: unknown device profile; GET /api/profiles lists the available ones");
  }

  const renderOptions = input.render_options ?? DEFAULT_RENDER_OPTIONS;
  // In a worker thread, after a size pre-check and admission (lib/jobs/inspect-pool.ts), unless
  // this text was checked with these options before (lib/jobs/inspect-cache.ts).
  const inspected = await inspectOffThread(ownerId, yaml, {
    profile: profile ?? undefined,
    strict: input.strict_mode,
    maxPages: env.MAX_PDF_PAGES,
    // The scope decides which constraint violations are fatal in strict mode.
    constraintScope: renderOptions.constraint_scope,
  });
  if (!inspected.ok) throw inspectionError(inspected);
  return {
    projectId,
    projectVersionId,
    title: projectName ?? inspected.title,
    yaml,
    profile,
    deterministic: input.deterministic,
    strictMode: input.strict_mode,
    renderOptions,
    pageCount: inspected.pageCount,
  };
}

/** The 422 for a template its inspection refused: the page limit, or its first errors (a cost over budget names the figure). */
export function inspectionError(inspected: InspectResult): AppError {
  const errors = inspected.diagnostics.filter((d) => d.severity === "error");
  const limit = errors.find((d) => d.code === "page_limit");
  if (limit) return new AppError("PAGE_LIMIT", limit.message, { diagnostics: errors });
  const head = errors.slice(0, 3).map(formatDiagnostic).join("; ");
  return new AppError("TEMPLATE_INVALID", `Template is invalid: ${head || "it could not be read"}`, { diagnostics: errors });
}
