// Share-link rows (prisma ShareLink). The owner's side is scoped by owner id; the download side
// looks a link up by the id inside a token whose signature was already checked.
import { db } from "@/lib/db/client";

const linkView = {
  id: true,
  jobId: true,
  expiresAt: true,
  revokedAt: true,
  downloadCount: true,
  lastDownloadedAt: true,
  createdAt: true,
} as const;

export type ShareLinkRow = {
  id: string;
  jobId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  downloadCount: number;
  lastDownloadedAt: Date | null;
  createdAt: Date;
};

export function insertShareLink(row: {
  id: string;
  jobId: string;
  ownerId: string;
  tokenHash: string;
  expiresAt: Date;
}): Promise<ShareLinkRow> {
  return db.shareLink.create({ data: row, select: linkView });
}

/** The job's links that still work at `now`, newest first. */
export function listActiveShareLinks(ownerId: string, jobId: string, now: Date): Promise<ShareLinkRow[]> {
  return db.shareLink.findMany({
    where: { ownerId, jobId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: linkView,
  });
}

/** False when the link is not the owner's (or not this job's), or was revoked already. */
export async function revokeShareLink(ownerId: string, jobId: string, linkId: string, now: Date): Promise<boolean> {
  const res = await db.shareLink.updateMany({ where: { id: linkId, ownerId, jobId, revokedAt: null }, data: { revokedAt: now } });
  return res.count === 1;
}

/** What a download needs: the link's state and its job's file. */
export function getShareLinkForDownload(id: string) {
  return db.shareLink.findUnique({
    where: { id },
    select: {
      tokenHash: true,
      expiresAt: true,
      revokedAt: true,
      job: { select: { id: true, status: true, outputPath: true, title: true } },
    },
  });
}

export async function recordShareLinkDownload(id: string, now: Date): Promise<void> {
  await db.shareLink.update({ where: { id }, data: { downloadCount: { increment: 1 }, lastDownloadedAt: now } });
}

/** Retention: links that stopped working (expired or revoked) before `before`. */
export async function deleteDeadShareLinks(before: Date): Promise<number> {
  const res = await db.shareLink.deleteMany({ where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] } });
  return res.count;
}
