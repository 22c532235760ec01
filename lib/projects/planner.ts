// Projects made by the planner builder: the options are stored on the project and the YAML is
// generated from them on create, on every options change and for "Make next year's". The REST API
// and the server actions both come through here.
import { z } from "zod";
import { createProject, getProjectForOwner, updateProject, type ProjectDetail } from "@/lib/db/projects";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { generatePlanner } from "@/lib/planner/generate";
import { plannerOptionsSchema, type PlannerOptions } from "@/lib/planner/schema";
import { isRecord } from "@/lib/templates/raw";
import { fromMonthIndex, pad } from "@/lib/templates/tokens/dates";
import { parseStart } from "@/lib/planner/structure";
import { declaredProfile } from "./declared-profile";
import { toProjectData, type CreateProjectInput, type UpdateProjectInput } from "./schema";

function generated(options: unknown) {
  const g = generatePlanner(options as PlannerOptions, env.MAX_PDF_PAGES);
  return { templateYaml: g.yaml, deviceProfile: g.options.device_profile, plannerOptions: g.options, name: g.name };
}

export async function createProjectFromInput(ownerId: string, input: CreateProjectInput): Promise<ProjectDetail> {
  const data = toProjectData(input);
  // Without device_profile, YAML that names its own profile keeps it, so it renders as it does as yaml_content.
  if (!input.planner) return createProject(ownerId, { ...data, name: input.name, deviceProfile: input.device_profile ?? declaredProfile(input.template_yaml) });
  const g = generated(input.planner);
  return createProject(ownerId, { ...data, name: input.name, templateYaml: g.templateYaml, deviceProfile: g.deviceProfile, plannerOptions: g.plannerOptions });
}

/**
 * `planner` is merged into the stored options (so `{"theme": "minimal"}` changes only the theme) and
 * regenerates the YAML; `null` ejects. Saving hand-written YAML without `planner` also ejects, so the
 * next options change can never overwrite hand edits.
 */
export async function updateProjectFromInput(ownerId: string, projectId: string, input: UpdateProjectInput): Promise<ProjectDetail | null> {
  const { planner, ...rest } = input;
  const data = toProjectData(rest);
  if (planner === undefined) {
    return updateProject(ownerId, projectId, input.template_yaml !== undefined ? { ...data, plannerOptions: null } : data);
  }
  if (planner === null) return updateProject(ownerId, projectId, { ...data, plannerOptions: null });
  const project = await getProjectForOwner(ownerId, projectId);
  if (!project) return null;
  const merged = mergeOptions(project.plannerOptions, planner);
  // Validated after the merge, so errors name the field as the client sent it (planner.theme).
  const options = z.object({ planner: plannerOptionsSchema }).parse({ planner: merged }).planner;
  const g = generated(options);
  return updateProject(ownerId, projectId, { ...data, templateYaml: g.templateYaml, deviceProfile: g.deviceProfile, plannerOptions: g.plannerOptions });
}

/** The same planner for the period right after this one, as a new project. */
export async function createNextYearProject(ownerId: string, projectId: string): Promise<ProjectDetail> {
  const project = await getProjectForOwner(ownerId, projectId);
  if (!project) throw notFound("Project");
  const parsed = plannerOptionsSchema.safeParse(project.plannerOptions);
  if (!parsed.success) throw new AppError("CONFLICT", "This project was not made with the planner builder (or was ejected), so there are no options to carry over");
  const next = nextPeriod(parsed.data);
  const g = generated(next);
  const shift = Number(next.start.slice(0, 4)) - Number(parsed.data.start.slice(0, 4));
  return createProject(ownerId, {
    name: shiftYears(project.name, shift).slice(0, 100),
    description: project.description,
    templateYaml: g.templateYaml, deviceProfile: g.deviceProfile, plannerOptions: g.plannerOptions,
  });
}

export function nextPeriod(o: PlannerOptions): PlannerOptions {
  const { year, month } = fromMonthIndex(parseStart(o.start) + o.months);
  const title = o.title ? shiftYears(o.title, year - Number(o.start.slice(0, 4))) : undefined;
  return { ...o, start: `${pad(year, 4)}-${pad(month, 2)}`, ...(title ? { title } : {}) };
}

/** "Planner 2027" → "Planner 2028"; "2026–27" → "2027–28". */
export function shiftYears(text: string, by: number): string {
  if (by === 0) return text;
  return text
    .replace(/\b(19|20|21)(\d{2})\b/g, (y) => String(Number(y) + by))
    .replace(/(?<=\d{4}–)(\d{2})\b/g, (yy) => pad((Number(yy) + by) % 100, 2));
}

function mergeOptions(stored: unknown, patch: Record<string, unknown>): Record<string, unknown> {
  const base = isRecord(stored) ? stored : {};
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const prev = out[k];
    out[k] = isRecord(v) && isRecord(prev) ? mergeOptions(prev, v) : v;
  }
  return out;
}
