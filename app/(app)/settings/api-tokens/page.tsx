import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { CreateTokenForm } from "@/components/settings/create-token-form";
import { TokenTable } from "@/components/settings/token-table";
import { requireUser } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/db/api-tokens";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const user = await requireUser();
  const tokens = await listApiTokens(user.id);
  const rows = tokens.map((t) => ({
    ...t,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
  }));
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Personal tokens for scripts and the REST API. Send them as `Authorization: Bearer <token>`."
      />
      <Card className="mb-6">
        <CreateTokenForm create={createApiTokenAction} />
      </Card>
      <Card>
        <TokenTable tokens={rows} revoke={revokeApiTokenAction} />
      </Card>
    </>
  );
}
