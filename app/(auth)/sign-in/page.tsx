import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/current-user";
import { devLoginEnabled, oauthProviders } from "@/lib/auth/providers";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { DevSignInForm } from "./dev-sign-in-form";
import { signInWithProviderAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "This e-mail is already linked to another sign-in method. Use the one you used before.",
  AccessDenied: "Access was denied.",
  Configuration: "Sign-in is misconfigured on this server. Contact the operator.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; deleted?: string; signed_out?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl: rawCallback, error, deleted, signed_out: signedOut } = await searchParams;
  const callbackUrl = safeCallbackPath(rawCallback);
  if (await currentUser()) redirect(callbackUrl);
  const providers = oauthProviders();
  const dev = devLoginEnabled();

  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="mb-1 text-2xl font-semibold">Sign in to Inkset</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">Planners and notebooks for e-ink tablets.</p>
      {deleted ? (
        <p role="status" className="mb-4 rounded-md bg-stone-100 p-3 text-sm text-stone-800 dark:bg-stone-800 dark:text-stone-200">
          Your account and everything in it have been deleted.
        </p>
      ) : null}
      {signedOut === "everywhere" ? (
        <p role="status" className="mb-4 rounded-md bg-stone-100 p-3 text-sm text-stone-800 dark:bg-stone-800 dark:text-stone-200">
          You have been signed out on every device.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-900/30 dark:text-red-300">
          {ERRORS[error] ?? "Sign-in failed. Please try again."}
        </p>
      ) : null}
      <Card className="space-y-4">
        {providers.map((p) => (
          <form key={p.id} action={signInWithProviderAction}>
            <input type="hidden" name="provider" value={p.id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <Button type="submit" className="w-full">
              Sign in with {p.name}
            </Button>
          </form>
        ))}
        {providers.length > 0 && dev ? <hr className="border-stone-200 dark:border-stone-800" /> : null}
        {dev ? (
          <div>
            <p className="mb-3 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-900/30 dark:text-amber-200">
              <strong>Development sign-in.</strong> No password: anyone can sign in as any e-mail. It is off in production unless explicitly
              enabled.
            </p>
            <DevSignInForm callbackUrl={callbackUrl} />
          </div>
        ) : null}
        {providers.length === 0 && !dev ? (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            No sign-in method is configured. Set GitHub, Google or OpenID Connect credentials (see README).
          </p>
        ) : null}
      </Card>
    </main>
  );
}
