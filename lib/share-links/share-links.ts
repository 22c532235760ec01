// Share links: made by a job's owner (job page, API, job-finished e-mail), downloaded by anyone
// holding the URL until it expires or is revoked. The clock is a parameter so tests can move it.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { getDownloadInfoForOwner } from "@/lib/db/jobs";
import * as links from "@/lib/db/share-links";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import type { CreateShareLinkInput, ShareLinkJson } from "@/lib/share-links/schema";
import { hashShareToken, shareLinkKey, signShareToken, verifyShareToken } from "@/lib/share-links/token";

const key = () => shareLinkKey(env.AUTH_SECRET);

export const shareLinkPath = (token: string) => `/s/${token}`;

function toJson(row: links.ShareLinkRow, origin: string): ShareLinkJson {
  // The token is deterministic from id and expiry, so the owner's list can show each link again.
  const token = signShareToken(key(), { id: row.id, expiresAt: row.expiresAt });
  return {
    id: row.id,
    url: `${origin}${shareLinkPath(token)}`,
    expires_at: row.expiresAt.toISOString(),
    created_at: row.createdAt.toISOString(),
    download_count: row.downloadCount,
    last_downloaded_at: row.lastDownloadedAt?.toISOString() ?? null,
  };
}

async function requireShareableJob(ownerId: string, jobId: string) {
  const job = await getDownloadInfoForOwner(ownerId, jobId);
  if (!job) throw notFound("Job");
  return job;
}

export async function createShareLink(
  ownerId: string,
  jobId: string,
  input: CreateShareLinkInput,
  opts: { origin: string; now?: Date },
): Promise<ShareLinkJson> {
  const now = opts.now ?? new Date();
  const job = await requireShareableJob(ownerId, jobId);
  if (job.status !== "completed" || !job.outputPath) {
    throw new AppError("CONFLICT", `Job is ${job.status}; only a completed job with its PDF can be shared`);
  }
  // Whole seconds: the token carries the expiry in seconds and must name the row's exact expiry.
  const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + input.ttl_hours * 3600_000);
  const id = randomBytes(15).toString("hex");
  const token = signShareToken(key(), { id, expiresAt });
  const row = await links.insertShareLink({ id, jobId, ownerId, tokenHash: hashShareToken(token), expiresAt });
  return toJson(row, opts.origin);
}

export async function listShareLinks(ownerId: string, jobId: string, opts: { origin: string; now?: Date }): Promise<ShareLinkJson[]> {
  await requireShareableJob(ownerId, jobId);
  const rows = await links.listActiveShareLinks(ownerId, jobId, opts.now ?? new Date());
  return rows.map((r) => toJson(r, opts.origin));
}

export async function revokeShareLinkForOwner(ownerId: string, jobId: string, linkId: string, now = new Date()): Promise<void> {
  if (!(await links.revokeShareLink(ownerId, jobId, linkId, now))) throw notFound("Share link");
}

export type ShareDownload =
  { ok: true; linkId: string; job: { id: string; title: string; outputPath: string } } | { ok: false; status: 404 | 410; message: string };

const INVALID: ShareDownload = { ok: false, status: 404, message: "This share link is not valid. Check that you copied all of it." };
const gone = (message: string): ShareDownload => ({ ok: false, status: 410, message });

/**
 * What a share token unlocks at `now`. A token whose signature, id or expiry was altered is refused
 * before any query; a genuine one still needs its row (revocation) and its job's file.
 */
export async function resolveShareToken(token: string, now = new Date()): Promise<ShareDownload> {
  const check = verifyShareToken(key(), token, now);
  if (!check.ok) return check.reason === "expired" ? gone("This share link has expired. Ask the owner for a new one.") : INVALID;
  const row = await links.getShareLinkForDownload(check.claims.id);
  if (!row) return INVALID; // the link (or its job, or its owner) was deleted
  const hash = Buffer.from(hashShareToken(token));
  const stored = Buffer.from(row.tokenHash);
  if (stored.length !== hash.length || !timingSafeEqual(hash, stored)) return INVALID;
  if (row.revokedAt) return gone("This share link was revoked by its owner.");
  if (row.expiresAt.getTime() <= now.getTime()) return gone("This share link has expired. Ask the owner for a new one.");
  if (row.job.status !== "completed" || !row.job.outputPath) return INVALID;
  return { ok: true, linkId: check.claims.id, job: { id: row.job.id, title: row.job.title, outputPath: row.job.outputPath } };
}
