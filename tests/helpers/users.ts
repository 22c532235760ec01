import { randomUUID } from "node:crypto";
import { createApiToken } from "@/lib/auth/api-token";
import { findOrCreateUserByEmail, type Caller } from "@/lib/db/users";

/** A fresh user with a real API token, for calling route handlers as a REST client would. */
export async function userWithToken(label = "user"): Promise<{ user: Caller; token: string }> {
  const user = await findOrCreateUserByEmail(`${label}-${randomUUID().slice(0, 8)}@test.local`);
  const { token } = await createApiToken(user.id, { name: "test" });
  return { user, token };
}

export function apiRequest(path: string, token: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set("authorization", `Bearer ${token}`);
  if (json !== undefined) headers.set("content-type", "application/json");
  return new Request(`http://localhost${path}`, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) });
}

/** The context object Next passes to a dynamic route handler. */
export const routeParams = <P>(params: P) => ({ params: Promise.resolve(params) });
