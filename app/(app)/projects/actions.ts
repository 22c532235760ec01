"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { notFound } from "@/lib/errors";
import { createProject, deleteProject, updateProject } from "@/lib/db/projects";
import { createProjectSchema, toProjectData, updateProjectSchema } from "@/lib/projects/schema";
import { toNewProjectData } from "@/lib/projects/new-project";

export const createProjectAction = authAction(createProjectSchema, async (input, { user }) => {
  const project = await createProject(user.id, toNewProjectData(input));
  revalidatePath("/projects");
  return { id: project.id };
});

export const updateProjectAction = authAction(
  z.object({ id: z.string().min(1), changes: updateProjectSchema }),
  async ({ id, changes }, { user }) => {
    const project = await updateProject(user.id, id, toProjectData(changes));
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
