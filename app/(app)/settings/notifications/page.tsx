import type { Metadata } from "next";
import Link from "next/link";
import { NotifyEmailToggle } from "@/components/settings/notify-email-toggle";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getNotifyEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { setNotifyEmailAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const smtp = Boolean(env.SMTP_URL);
  return (
    <>
      <PageHeader title="Notifications" description="How Inkset tells you that a render has finished." />
      <Card className="mb-6">
        <NotifyEmailToggle initial={await getNotifyEmail(user.id)} save={setNotifyEmailAction} />
      </Card>
      <Card className="space-y-2 text-sm">
        <h2 className="text-base font-semibold">Where mail goes</h2>
        <p className="text-stone-600 dark:text-stone-400">
          To <strong className="text-stone-900 dark:text-stone-100">{user.email ?? "your account's address"}</strong>
          {smtp ? ", through this server's mail service." : "."}
        </p>
        {smtp ? null : (
          <p className="rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200" data-testid="no-smtp">
            No mail server is configured here (<code>SMTP_URL</code>), so nothing leaves this machine: every mail is kept in your{" "}
            <Link href="/settings/outbox" className="font-medium underline">
              Outbox
            </Link>{" "}
            exactly as it would be sent.
          </p>
        )}
        <p className="text-stone-600 dark:text-stone-400">
          Every job-finished mail, sent or not, is listed in the{" "}
          <Link href="/settings/outbox" className="font-medium text-brand hover:underline">
            Outbox
          </Link>
          .
        </p>
      </Card>
    </>
  );
}
