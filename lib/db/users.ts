import { tokenCache } from "@/lib/db/api-token-cache";
import { db } from "@/lib/db/client";

/** What the app knows about the caller: the same shape for sessions and API tokens. */
export const callerSelect = { id: true, name: true, email: true, role: true, plan: true } as const;

export type Caller = { id: string; name: string | null; email: string | null; role: "user" | "admin"; plan: "free" | "pro" };

export function getCaller(userId: string): Promise<Caller | null> {
  return db.user.findUnique({ where: { id: userId }, select: callerSelect });
}

/** Used by the development sign-in and `npm run tokens:create`: e-mail is the identity. */
export async function findOrCreateUserByEmail(email: string, name?: string): Promise<Caller> {
  const normalised = email.trim().toLowerCase();
  return db.user.upsert({
    where: { email: normalised },
    update: {},
    create: { email: normalised, name: name?.trim() || normalised.split("@")[0] },
    select: callerSelect,
  });
}

/** The device the user picked (a profile id), or null before the first-run choice. */
export async function getUserDevice(userId: string): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { deviceProfile: true } });
  return row?.deviceProfile ?? null;
}

export async function setUserDevice(userId: string, deviceProfile: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { deviceProfile } });
}

export async function getPlan(userId: string): Promise<Caller["plan"]> {
  return (await db.user.findUnique({ where: { id: userId }, select: { plan: true } }))?.plan ?? "free";
}

/** Operators only (scripts, the admin API): the plan decides the user's quotas and queue priority. */
export async function setPlan(userId: string, plan: Caller["plan"]): Promise<Caller | null> {
  const updated = await db.user.updateMany({ where: { id: userId }, data: { plan } });
  tokenCache.forgetUser(userId); // cached callers carry the plan
  return updated.count ? getCaller(userId) : null;
}

/** Server-side scripts only: no request can make an admin. */
export async function setRole(userId: string, role: Caller["role"]): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { role } });
  tokenCache.forgetUser(userId);
}

/** Settings → Notifications: whether a job without its own notify_email sends a mail when it finishes. */
export async function getNotifyEmail(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { notifyEmail: true } });
  return user?.notifyEmail ?? false;
}

export async function setNotifyEmail(userId: string, notifyEmail: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { notifyEmail } });
}
