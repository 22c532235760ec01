import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { UsageMeters } from "@/components/settings/usage-meters";
import { requireUser } from "@/lib/auth/current-user";
import { getUsage } from "@/lib/quotas/usage";

export const metadata: Metadata = { title: "Usage" };

export default async function UsagePage() {
  const user = await requireUser();
  const usage = await getUsage(user);
  return (
    <>
      <PageHeader
        title="Usage"
        description="What your plan allows and what you have used. The same figures are at GET /api/usage."
        actions={
          <span className="flex items-center gap-2 text-sm">
            Plan <Badge tone={usage.plan === "pro" ? "success" : "neutral"}>{usage.plan}</Badge>
            {usage.overridden ? <Badge tone="info">custom limits</Badge> : null}
          </span>
        }
      />
      <UsageMeters quotas={usage.quotas} />
    </>
  );
}
