"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { headers } from "next/headers";
import { signIn } from "@/auth";
import { clientIp, consumeRateLimit } from "@/lib/rate-limit/limiter";
import { devLoginEnabled, oauthProviders } from "@/lib/auth/providers";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export async function signInWithProviderAction(formData: FormData) {
  const provider = String(formData.get("provider") ?? "");
  if (!oauthProviders().some((p) => p.id === provider)) return;
  if (!(await consumeRateLimit("sign-in", `ip:${clientIp(await headers())}`)).allowed) return;
  await signIn(provider, { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

// What was typed comes back with an error, so the form shows it again (React resets the fields).
export type DevSignInState = { error?: string; email?: string; name?: string };

export async function devSignInAction(_prev: DevSignInState, formData: FormData): Promise<DevSignInState> {
  if (!devLoginEnabled()) return { error: "Development sign-in is disabled on this server." };
  const limit = await consumeRateLimit("sign-in", `ip:${clientIp(await headers())}`);
  if (!limit.allowed) return { error: `Too many sign-in attempts; try again in ${limit.resetSeconds} s.` };
  const email = String(formData.get("email") ?? "").trim();
  const name = String(formData.get("name") ?? "");
  if (!z.email().safeParse(email).success) return { error: "Enter a valid e-mail address.", email, name };
  try {
    await signIn("dev", {
      email,
      name,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")),
    });
    return {};
  } catch (err) {
    if (err instanceof AuthError) return { error: "Could not sign you in. Check the e-mail address and try again.", email, name };
    throw err; // the redirect after a successful sign-in
  }
}
