// Server-side control over session cookies. Sessions are signed JWTs (no row per session), so two
// things are checked on every request, in the same query that loads the caller:
// - the user's `sessionVersion` matches the one in the cookie ("sign out everywhere" bumps it);
// - the cookie's own id (`sid`) is not in RevokedSession (written by an ordinary sign-out).
import { db } from "@/lib/db/client";
import { callerSelect, type Caller } from "@/lib/db/users";

export type SessionClaims = { sid?: string; sv?: number };

export async function getSessionVersion(userId: string): Promise<number> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return row?.sessionVersion ?? 0;
}

/** The caller behind a session cookie, or null when that session was signed out. */
export function getSessionCaller(userId: string, claims: SessionClaims): Promise<Caller | null> {
  return db.user.findFirst({
    // Cookies issued before session versions existed carry none: they count as version 0.
    where: { id: userId, sessionVersion: claims.sv ?? 0, ...(claims.sid ? { revokedSessions: { none: { id: claims.sid } } } : {}) },
    select: callerSelect,
  });
}

/** Ends one session: its cookie is refused from now on, even where a copy of it survives. */
export async function revokeSession(userId: string, sid: string, expiresAt: Date): Promise<void> {
  await db.revokedSession.upsert({ where: { id: sid }, create: { id: sid, userId, expiresAt }, update: {} });
}

/** Ends every session of the user, on every device; API tokens are not affected. */
export async function signOutEverywhere(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** A revoked cookie past its own expiry is refused by its signature check anyway. */
export async function deleteExpiredRevokedSessions(now = new Date()): Promise<number> {
  const { count } = await db.revokedSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
