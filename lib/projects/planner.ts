// Projects made by the planner builder: the options are stored on the project and the YAML is
// generated from them on create, on every options change and for "Make next year's". The REST API
// and the server actions both come through here.
import { z } from "zod";
import { createProject, getProjectForOwner, updateProject, type ProjectDetail } from "@/lib/db/projects";
import { getUserDevice } from "@/lib/db/users";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { generatePlanner } from "@/lib/planner/generate";
import { plannerOptionsSchema, type PlannerOptions } from "@/lib/planner/schema";
import { fetchCalendar } from "@/lib/planner/fetch-calendar";
import { nextPeriod, shiftYears } from "@/lib/planner/next-year";
import { pageLimitMessage, plannerStructure } from "@/lib/planner/structure";
import { isRecord } from "@/lib/templates/raw";
import { declaredProfile } from "./declared-profile";
import { DEFAULT_DEVICE } from "./device";
import { starterTemplate } from "./starter";
import { toProjectData, type CreateProjectInput, type UpdateProjectInput } from "./schema";

/** Generates the YAML; a calendar URL is read here (a snapshot), so the generator itself stays pure. */
async function generated(options: PlannerOptions) {
  const url = options.calendar?.url;
  const st = plannerStructure(plannerOptionsSchema.parse(options));
  // The page limit is checked before the calendar is fetched: nothing is done for a refused planner.
  if (st.pages.length > env.MAX_PDF_PAGES) throw new AppError("PAGE_LIMIT", pageLimitMessage(st.pages.length, env.MAX_PDF_PAGES));
  const fetched = url ? await fetchCalendar(url, st.firstDay, st.lastDay) : undefined;
  const g = generatePlanner(options, env.MAX_PDF_PAGES, undefined, fetched);
  return { templateYaml: g.yaml, deviceProfile: g.options.device_profile, plannerOptions: g.options, name: g.name };
}

/**
 * A builder project's YAML for another device: the stored options regenerated for `profile` (a page sized
 * and laid out for it, fonts and strokes at its minimums), not the one device's YAML re-fitted. Used when a
 * project is rendered for a profile other than its own (batches, a job with `profile`).
 */
export async function plannerYamlForProfile(stored: unknown, profile: string): Promise<string> {
  const options = plannerOptionsSchema.parse(stored);
  // The profile decides the page; a custom size belongs to the project's own device only.
  return (await generated({ ...options, device_profile: profile, custom_size: undefined })).templateYaml;
}

/**
 * A new project, from the REST API and the web UI alike. Without `planner` or YAML it starts from a valid
 * page for the owner's tablet (never from an empty template that only fails at render); without
 * device_profile, YAML that names its own profile keeps it, so it renders as it does as yaml_content.
 */
export async function createProjectFromInput(ownerId: string, input: CreateProjectInput): Promise<ProjectDetail> {
  const data = toProjectData(input);
  if (!input.planner) {
    const deviceProfile = input.device_profile ?? declaredProfile(input.template_yaml) ?? (await getUserDevice(ownerId)) ?? DEFAULT_DEVICE;
    const templateYaml = input.template_yaml?.trim() ? input.template_yaml : starterTemplate(deviceProfile, input.name);
    return createProject(ownerId, { ...data, name: input.name, deviceProfile, templateYaml });
  }
  const g = await generated(input.planner);
  return createProject(ownerId, {
    ...data,
    name: input.name,
    templateYaml: g.templateYaml,
    deviceProfile: g.deviceProfile,
    plannerOptions: g.plannerOptions,
  });
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
  const g = await generated(options);
  return updateProject(ownerId, projectId, {
    ...data,
    templateYaml: g.templateYaml,
    deviceProfile: g.deviceProfile,
    plannerOptions: g.plannerOptions,
  });
}

/** The same planner a year (or as many whole years as it spans) later, as a new project. */
export async function createNextYearProject(ownerId: string, projectId: string): Promise<ProjectDetail> {
  const project = await getProjectForOwner(ownerId, projectId);
  if (!project) throw notFound("Project");
  const parsed = plannerOptionsSchema.safeParse(project.plannerOptions);
  if (!parsed.success)
    throw new AppError(
      "CONFLICT",
      "This project was not made with the planner builder (or was ejected), so there are no options to carry over",
    );
  const next = nextPeriod(parsed.data);
  const g = await generated(next);
  const shift = Number(next.start.slice(0, 4)) - Number(parsed.data.start.slice(0, 4));
  return createProject(ownerId, {
    name: shiftYears(project.name, shift).slice(0, 100),
    description: project.description,
    templateYaml: g.templateYaml,
    deviceProfile: g.deviceProfile,
    plannerOptions: g.plannerOptions,
  });
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
