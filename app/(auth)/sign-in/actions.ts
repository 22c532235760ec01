"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { headers } from "next/headers";
import { signIn } from "@/auth";
import { clientIp, consumeRateLimit } from "@/lib/rate-limit/limiter";
import { devLoginEnabled, oauthProviders } from "@/lib/auth/providers";

// Only same-site paths: an absolute URL here would be an open redirect.
const callbackSchema = z.string().regex(/^\/(?!\/)[^\s]*$/).catch("/projects");

export async function signInWithProvider(formData: FormData) {
  const provider = String(formData.get("provider") ?? "");
  if (!oauthProviders().some((p) => p.id === provider)) return;
  if (!(await consumeRateLimit("sign-in", `ip:${clientIp(await headers())}`)).allowed) return;
  await signIn(provider, { redirectTo: callbackSchema.parse(formData.get("callbackUrl")) });
}

export type DevSignInState = { error?: string };

export async function devSignIn(_prev: DevSignInState, formData: FormData): Promise<DevSignInState> {
  if (!devLoginEnabled()) return { error: "Development sign-in is disabled on this server." };
  const limit = await consumeRateLimit("sign-in", `ip:${clientIp(await headers())}`);
  if (!limit.allowed) return { error: `Too many sign-in attempts; try again in ${limit.resetSeconds} s.` };
  const email = String(formData.get("email") ?? "").trim();
  if (!z.email().safeParse(email).success) return { error: "Enter a valid e-mail address." };
  try {
    await signIn("dev", {
      email,
      name: String(formData.get("name") ?? ""),
      redirectTo: callbackSchema.parse(formData.get("callbackUrl")),
    });
    return {};
  } catch (err) {
    if (err instanceof AuthError) return { error: "Could not sign you in. Check the e-mail address and try again." };
    throw err; // the redirect after a successful sign-in
  }
}
