import { db } from "@/lib/db/client";
import { appendVersion, withVersionRetry } from "@/lib/db/project-versions";
import { Prisma } from "@/lib/generated/prisma/client";

const projectSelect = {
  id: true,
  name: true,
  description: true,
  deviceProfile: true,
  plannerOptions: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type ProjectSummary = {
  id: string;
  name: string;
  description: string;
  deviceProfile: string;
  /** Planner-builder options the YAML is generated from; null for hand-written projects. */
  plannerOptions: unknown;
  createdAt: Date;
  updatedAt: Date;
};
export type ProjectDetail = ProjectSummary & { templateYaml: string };

export async function listProjects(
  ownerId: string,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
): Promise<{ projects: ProjectSummary[]; total: number }> {
  const [projects, total] = await Promise.all([
    db.project.findMany({
      where: { ownerId },
      orderBy: { updatedAt: "desc" },
      take: page.limit,
      skip: page.offset,
      select: projectSelect,
    }),
    db.project.count({ where: { ownerId } }),
  ]);
  return { projects, total };
}

export function getProjectForOwner(ownerId: string, projectId: string): Promise<ProjectDetail | null> {
  return db.project.findFirst({
    where: { id: projectId, ownerId },
    select: { ...projectSelect, templateYaml: true },
  });
}

type ProjectWrite = {
  description?: string;
  deviceProfile?: string;
  templateYaml?: string;
  /** null clears (eject). */ plannerOptions?: object | null;
};

// Prisma writes a JSON null as Prisma.DbNull; undefined leaves the column alone.
function toData<T extends ProjectWrite>(input: T) {
  const { plannerOptions, ...rest } = input;
  if (plannerOptions === undefined) return rest;
  return { ...rest, plannerOptions: plannerOptions === null ? Prisma.DbNull : (plannerOptions as Prisma.InputJsonValue) };
}

/** Creates the project and its version 1. */
export function createProject(ownerId: string, input: ProjectWrite & { name: string }): Promise<ProjectDetail> {
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({ data: { ownerId, ...toData(input) }, select: { ...projectSelect, templateYaml: true } });
    await appendVersion(tx, project.id, { templateYaml: project.templateYaml, deviceProfile: project.deviceProfile, authorId: ownerId });
    return project;
  });
}

/**
 * Owner-scoped update; null when the project is not the owner's (callers answer 404). A change of
 * the YAML or the device is saved as the project's next version, in the same transaction.
 */
export function updateProject(
  ownerId: string,
  projectId: string,
  input: ProjectWrite & { name?: string },
  opts: { restoredFrom?: number } = {},
): Promise<ProjectDetail | null> {
  return withVersionRetry(async (tx) => {
    const { count } = await tx.project.updateMany({ where: { id: projectId, ownerId }, data: toData(input) });
    if (count !== 1) return null;
    const project = await tx.project.findFirstOrThrow({ where: { id: projectId }, select: { ...projectSelect, templateYaml: true } });
    if (input.templateYaml !== undefined || input.deviceProfile !== undefined) {
      await appendVersion(tx, projectId, {
        templateYaml: project.templateYaml,
        deviceProfile: project.deviceProfile,
        authorId: ownerId,
        restoredFrom: opts.restoredFrom,
      });
    }
    return project;
  });
}

export async function deleteProject(ownerId: string, projectId: string): Promise<boolean> {
  const { count } = await db.project.deleteMany({ where: { id: projectId, ownerId } });
  return count === 1;
}
