// Project version history. Every save that changes a project's YAML or device writes the next
// version number in the same transaction as the project row, so the newest version always equals
// the project's saved state. Restoring writes the old content again as a new version.
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const versionSummary = {
  id: true,
  number: true,
  deviceProfile: true,
  restoredFrom: true,
  createdAt: true,
  author: { select: { name: true, email: true } },
} satisfies Prisma.ProjectVersionSelect;

export type VersionSummary = Prisma.ProjectVersionGetPayload<{ select: typeof versionSummary }>;
export type VersionDetail = VersionSummary & { templateYaml: string };

type Tx = Prisma.TransactionClient;
export type VersionContent = { templateYaml: string; deviceProfile: string; authorId: string; restoredFrom?: number };

/**
 * Appends a version unless the newest one already holds this content. Runs inside the caller's
 * transaction; two concurrent saves can pick the same number, and the unique index refuses one
 * (the caller retries: see `withVersionRetry`).
 */
export async function appendVersion(tx: Tx, projectId: string, content: VersionContent): Promise<{ id: string; number: number }> {
  const last = await tx.projectVersion.findFirst({
    where: { projectId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, templateYaml: true, deviceProfile: true },
  });
  if (
    last &&
    last.templateYaml === content.templateYaml &&
    last.deviceProfile === content.deviceProfile &&
    content.restoredFrom === undefined
  ) {
    return { id: last.id, number: last.number };
  }
  return tx.projectVersion.create({
    data: { projectId, number: (last?.number ?? 0) + 1, ...content },
    select: { id: true, number: true },
  });
}

/** Runs a transaction that appends a version, once more if a concurrent save took the same number. */
export async function withVersionRetry<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(fn);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return db.$transaction(fn);
  }
}

/** Newest first; the project must be the owner's (an empty list otherwise). */
export async function listVersionsForOwner(
  ownerId: string,
  projectId: string,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
): Promise<{ versions: VersionSummary[]; total: number }> {
  const where = { projectId, project: { ownerId } };
  const [versions, total] = await Promise.all([
    db.projectVersion.findMany({ where, orderBy: { number: "desc" }, take: page.limit, skip: page.offset, select: versionSummary }),
    db.projectVersion.count({ where }),
  ]);
  return { versions, total };
}

export function getVersionForOwner(ownerId: string, projectId: string, number: number): Promise<VersionDetail | null> {
  return db.projectVersion.findFirst({
    where: { projectId, number, project: { ownerId } },
    select: { ...versionSummary, templateYaml: true },
  });
}

/** The newest version of a project (what a render of the saved project uses), or null before the first. */
export function getLatestVersion(projectId: string): Promise<{ id: string; number: number } | null> {
  return db.projectVersion.findFirst({ where: { projectId }, orderBy: { number: "desc" }, select: { id: true, number: true } });
}
