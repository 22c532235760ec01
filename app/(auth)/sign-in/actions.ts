"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { devLoginEnabled, oauthProviders } from "@/lib/auth/providers";
import { safeCallbackPath } from "@/lib/auth/callback-url";


export async function signInWithProvider(formData: FormData) {
  const provider = String(formData.get("provider") ?? "");
  if (!oauthProviders().some((p) => p.id === provider)) return;
  await signIn(provider, { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

// What was typed comes back with an error, so the form shows it again (React resets the fields).
export type DevSignInState = { error?: string; email?: string; name?: string };

export async function devSignIn(_prev: DevSignInState, formData: FormData): Promise<DevSignInState> {
  if (!devLoginEnabled()) return { error: "Development sign-in is disabled on this server." };
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
