"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { notFound } from "@/lib/errors";
import { deleteProject } from "@/lib/db/projects";
import { createNextYearProject, createProjectFromInput, updateProjectFromInput } from "@/lib/projects/planner";
import { createProjectSchema, updateProjectSchema } from "@/lib/projects/schema";

export const createProjectAction = authAction(createProjectSchema, async (input, { user }) => {
  const project = await createProjectFromInput(user.id, input);
  revalidatePath("/projects");
  return { id: project.id };
});

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
