// Which sign-in methods this deployment offers, decided from configuration alone.
import { env, type Env } from "@/lib/env";

export type ProviderInfo = { id: string; name: string };

export function oauthProviders(e: Env = env): ProviderInfo[] {
  const list: ProviderInfo[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) list.push({ id: "google", name: "Google" });
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID && e.AUTH_OIDC_SECRET) list.push({ id: "oidc", name: e.AUTH_OIDC_NAME });
  return list;
}

/**
 * The password-less development sign-in exists so a fresh clone works with no OAuth app.
 * Outside production it is on when no OAuth provider is configured; in production only the
 * explicitly unsafe flag turns it on (used by the end-to-end tests against `next start`).
 */
export function devLoginEnabled(e: Env = env): boolean {
  if (e.AUTH_UNSAFE_ALLOW_DEV_LOGIN_IN_PRODUCTION) return true;
  return e.NODE_ENV !== "production" && oauthProviders(e).length === 0;
}
