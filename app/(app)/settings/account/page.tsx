import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { Card, PageHeader } from "@/components/ui/card";
import { deleteConfirmation } from "@/lib/account/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { accountSummary } from "@/lib/db/accounts";
import { Button } from "@/components/ui/button";
import { deleteAccountAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export default async function AccountPage() {
  const user = await requireUser();
  const summary = await accountSummary(user.id);
  return (
    <>
      <PageHeader title="Account" description="Who you are signed in as, and what Inkset keeps for you." />
      <Card className="mb-6">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-stone-500">E-mail</dt>
          <dd>{user.email ?? "—"}</dd>
          <dt className="text-stone-500">Name</dt>
          <dd>{user.name ?? "—"}</dd>
          <dt className="text-stone-500">Plan</dt>
          <dd className="capitalize">{user.plan}</dd>
          <dt className="text-stone-500">Stored</dt>
          <dd data-testid="account-summary">
            {plural(summary.projects, "project")}, {plural(summary.jobs, "job")}, {plural(summary.assets, "asset")},{" "}
            {plural(summary.tokens, "API token")}
          </dd>
        </dl>
      </Card>
      <Card className="mb-6">
        <h2 className="mb-1 text-lg font-semibold">Sessions</h2>
        <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
          Signed in on a computer you no longer use, or lost a tablet? Signing out everywhere ends every session in every browser, this one
          included. API tokens keep working; revoke them under API tokens.
        </p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </Card>
      <Card className="border-red-200 dark:border-red-900">
        <h2 className="mb-1 text-lg font-semibold text-red-700 dark:text-red-400">Delete account</h2>
        <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">
          Deletes your projects, jobs and their PDFs, uploaded assets, API tokens and webhook settings, and cancels renders in progress. API
          tokens stop working at once. This cannot be undone.
        </p>
        <DeleteAccountForm confirmation={deleteConfirmation(user.email)} remove={deleteAccountAction} />
      </Card>
    </>
  );
}
