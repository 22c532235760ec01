import type { Metadata } from "next";
import Link from "next/link";
import { OutboxList } from "@/components/settings/outbox-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { listOutboxForOwner } from "@/lib/db/mail";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Outbox" };

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<{ page?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireUser();
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const { mails, total } = await listOutboxForOwner(user.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <PageHeader
        title="Outbox"
        description={
          env.SMTP_URL
            ? "The job-finished mails Inkset sent you, exactly as sent."
            : "No mail server is configured, so job-finished mails are kept here instead of being sent, exactly as they would go out."
        }
      />
      <Card>
        {mails.length === 0 ? (
          <EmptyState title="No mail yet">
            Tick <em>E-mail me when it finishes</em> when you render, or turn on job e-mails in{" "}
            <Link href="/settings/notifications" className="font-medium text-brand hover:underline">
              Notifications
            </Link>
            .
          </EmptyState>
        ) : (
          <OutboxList mails={mails.map((m) => ({ ...m, sentAt: m.sentAt?.toISOString() ?? null, createdAt: m.createdAt.toISOString() }))} />
        )}
        <Pagination
          page={page}
          pages={pages}
          total={total}
          noun="mails"
          href={(p) => (p > 1 ? `/settings/outbox?page=${p}` : "/settings/outbox")}
        />
      </Card>
    </>
  );
}
