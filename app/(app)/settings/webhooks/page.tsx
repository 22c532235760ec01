import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { WebhookSecretCard } from "@/components/settings/webhook-secret-card";
import { requireUser } from "@/lib/auth/current-user";
import { getOrCreateWebhookSecret } from "@/lib/db/webhooks";
import { rotateWebhookSecretAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const user = await requireUser();
  const { secret, createdAt } = await getOrCreateWebhookSecret(user.id);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Jobs created with a `webhook_url` are announced there when they finish, signed with this secret (header `Inkset-Signature`)."
      />
      <Card>
        <WebhookSecretCard secret={secret} createdAt={createdAt.toISOString()} rotate={rotateWebhookSecretAction} />
      </Card>
    </>
  );
}
