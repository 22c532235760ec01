"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { notFound } from "@/lib/errors";
import { deleteProject, updateProject } from "@/lib/db/projects";
import { getVersionForOwner } from "@/lib/db/project-versions";
import { createNextYearProject, createProjectFromInput, updateProjectFromInput } from "@/lib/projects/planner";
import { createProjectSchema, updateProjectSchema } from "@/lib/projects/schema";

/** A project created without YAML starts from a valid page for the user's device (lib/projects/planner.ts). */
export const createProjectAction = authAction(createProjectSchema, async (input, { user }) => {
  const project = await createProjectFromInput(user.id, input);
  revalidatePath("/projects");
  return { id: project.id };
});

/** Saves version `number` again as the newest version (history keeps both). */
export const restoreVersionAction = authAction(
  z.object({ id: z.string().min(1), number: z.number().int().positive() }),
  async ({ id, number }, { user }) => {
    const version = await getVersionForOwner(user.id, id, number);
    if (!version) throw notFound("Version");
    // A restored version is YAML as it was, so a builder project is ejected rather than regenerated over it.
    const project = await updateProject(
      user.id,
      id,
      { templateYaml: version.templateYaml, deviceProfile: version.deviceProfile, plannerOptions: null },
      { restoredFrom: number },
    );
    if (!project) throw notFound("Project");
    revalidatePath(`/projects/${id}`);
    return { id, templateYaml: project.templateYaml, deviceProfile: project.deviceProfile };
  },
);

export const updateProjectAction = authAction(
  z.object({ id: z.string().min(1), changes: updateProjectSchema }),
  async ({ id, changes }, { user }) => {
    const project = await updateProjectFromInput(user.id, id, changes);
    if (!project) throw notFound("Project");
    revalidatePath("/projects");
    revalidatePath(`/projects/${id}`);
    return { id };
  },
);

export const deleteProjectAction = authAction(z.object({ id: z.string().min(1) }), async ({ id }, { user }) => {
  if (!(await deleteProject(user.id, id))) throw notFound("Project");
  revalidatePath("/projects");
  return { id };
});

export const createNextYearAction = authAction(z.object({ id: z.string().min(1) }), async ({ id }, { user }) => {
  const project = await createNextYearProject(user.id, id);
  revalidatePath("/projects");
  return { id: project.id };
});
