// The one function that answers "who is calling?" for every /api/* route: an API token in
// `Authorization: Bearer`, else the Auth.js session cookie.
import { auth } from "@/auth";
import { AppError } from "@/lib/errors";
import { resolveApiToken } from "@/lib/auth/api-token";
import type { Caller } from "@/lib/db/users";
import { getSessionCaller } from "@/lib/db/sessions";

export type { Caller };

/** How `resolveCaller` authenticates this request: any Authorization header means an API token. */
export function authMethod(req: Request): "token" | "session" {
  return req.headers.has("authorization") ? "token" : "session";
}

export async function resolveCaller(req: Request): Promise<Caller> {
  const header = req.headers.get("authorization");
  if (authMethod(req) === "token" && header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw new AppError("UNAUTHENTICATED", "Authorization header must be `Bearer <token>`");
    const caller = await resolveApiToken(match[1]);
    if (!caller) throw new AppError("UNAUTHENTICATED", "API token is invalid, expired or revoked");
    return caller;
  }
  const session = await auth();
  const userId = session?.user?.id;
  const caller = userId && session ? await getSessionCaller(userId, session) : null;
  if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token as `Authorization: Bearer <token>`");
  return caller;
}
