"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authAction } from "@/lib/auth/action";
import { createProjectFromExample } from "@/lib/projects/from-example";

export const startFromExampleAction = authAction(z.object({ exampleId: z.string().min(1).max(100) }), async ({ exampleId }, { user }) => {
  const project = await createProjectFromExample(user.id, exampleId);
  revalidatePath("/projects");
  // authAction rethrows Next's redirect, so the browser lands on the new project.
  redirect(`/projects/${project.id}`);
});
