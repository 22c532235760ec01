// Whole-account queries: what a user has (for the Account page) and what must go with them.
import { db } from "@/lib/db/client";
import { ACTIVE_STATUSES } from "@/lib/job-status";

/** `tokens` counts live API tokens (not revoked, not expired). */
export type AccountSummary = { projects: number; jobs: number; assets: number; tokens: number };

export async function accountSummary(userId: string): Promise<AccountSummary> {
  const [projects, jobs, assets, tokens] = await Promise.all([
    db.project.count({ where: { ownerId: userId } }),
    db.pdfJob.count({ where: { ownerId: userId } }),
    db.asset.count({ where: { ownerId: userId } }),
    // Live tokens only: revoked and expired ones no longer grant anything.
    db.apiToken.count({ where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } }),
  ]);
  return { projects, jobs, assets, tokens };
}

/** Jobs still queued or rendering: cancelled first, so no render finishes for a deleted account. */
export async function listActiveJobIds(userId: string): Promise<string[]> {
  const rows = await db.pdfJob.findMany({ where: { ownerId: userId, status: { in: ACTIVE_STATUSES } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Storage keys of the user's finished PDFs. */
export async function listJobOutputKeys(userId: string): Promise<string[]> {
  const rows = await db.pdfJob.findMany({ where: { ownerId: userId, outputPath: { not: null } }, select: { outputPath: true } });
  return rows.flatMap((r) => (r.outputPath ? [r.outputPath] : []));
}

/** Every job of the user, finished or not (their page pictures are deleted with the account). */
export async function listJobIds(userId: string): Promise<string[]> {
  const rows = await db.pdfJob.findMany({ where: { ownerId: userId }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Removes the user; their sessions, tokens, projects, jobs, assets and keys go with the row (cascade). */
export async function deleteUserRow(userId: string): Promise<boolean> {
  const { count } = await db.user.deleteMany({ where: { id: userId } });
  return count > 0;
}
