import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanForm } from "@/components/admin/plan-form";
import { UsageMeters } from "@/components/settings/usage-meters";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { isRecordId } from "@/lib/api-input";
import { getUserWithUsage } from "@/lib/admin/operations";
import { requireAdmin } from "@/lib/auth/current-user";
import { getQuotaOverride } from "@/lib/db/usage";
import { AppError } from "@/lib/errors";
import { planLimits } from "@/lib/quotas/plans";
import { updateUserPlanAction } from "../../actions";

export const metadata: Metadata = { title: "User · Operator" };

type Props = { params: Promise<{ id: string }> };

export default async function AdminUserPage({ params }: Props) {
  await requireAdmin();
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const user = await getUserWithUsage(id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const override = await getQuotaOverride(id);
  const MB = 1024 * 1024;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-stone-600 underline-offset-2 hover:underline dark:text-stone-400">
          ← Users
        </Link>
      </p>
      <PageHeader
        title={user.email ?? user.user_id}
        description={`${user.name ?? "No name"} · joined ${user.created_at.slice(0, 10)} · GET /api/admin/users/${user.user_id}`}
        actions={
          <span className="flex items-center gap-2 text-sm">
            <Badge tone={user.plan === "pro" ? "success" : "neutral"}>{user.plan}</Badge>
            {user.overridden ? <Badge tone="warning">custom limits</Badge> : null}
            {user.role === "admin" ? <Badge tone="info">admin</Badge> : null}
          </span>
        }
      />
      <UsageMeters quotas={user.quotas} />
      <PlanForm
        userId={user.user_id}
        plan={user.plan}
        overrides={{
          jobs_per_day: override?.jobsPerDay ?? null,
          concurrent_jobs: override?.concurrentJobs ?? null,
          pages_per_month: override?.pagesPerMonth ?? null,
          storage_mb: override?.storageMb ?? null,
        }}
        planDefaults={{
          free: { ...planLimits("free"), storage_mb: planLimits("free").storage_bytes / MB },
          pro: { ...planLimits("pro"), storage_mb: planLimits("pro").storage_bytes / MB },
        }}
        save={updateUserPlanAction}
      />
    </>
  );
}
