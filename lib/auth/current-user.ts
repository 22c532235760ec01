import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/auth";
import type { Caller } from "@/lib/db/users";
import { getSessionCaller } from "@/lib/db/sessions";

/** The signed-in user for server components and actions, once per request. */
export const currentUser = cache(async (): Promise<Caller | null> => {
  const session = await auth();
  return session?.user?.id ? getSessionCaller(session.user.id, session) : null;
});

export async function requireUser(): Promise<Caller> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** Operator pages: anyone who is not an admin, signed out included, sees "not found". */
export async function requireAdmin(): Promise<Caller> {
  const user = await currentUser();
  if (user?.role !== "admin") notFound();
  return user;
}
