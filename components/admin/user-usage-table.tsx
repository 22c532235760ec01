// Users with their plan and, per quota, what is used of the limit: the operator's usage overview.
import Link from "next/link";
import type { AdminUser } from "@/lib/admin/schema";
import { formatQuota, QUOTA_LABEL } from "@/components/settings/usage-meters";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export function UserUsageTable({ users }: { users: AdminUser[] }) {
  const quotaNames = users[0]?.quotas.map((q) => q.name) ?? [];
  return (
    <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Users with their plan and usage</caption>
        <thead className="text-xs uppercase tracking-wide text-stone-500 dark:text-stone-400">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              User
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Plan
            </th>
            {quotaNames.map((n) => (
              <th key={n} scope="col" className="px-4 py-2 font-medium">
                {QUOTA_LABEL[n].title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.user_id} className="border-t border-stone-100 dark:border-stone-800">
              <th scope="row" className="px-4 py-2.5 font-normal">
                <Link
                  href={`/admin/users/${u.user_id}`}
                  className="font-medium text-stone-900 underline-offset-2 hover:underline dark:text-white"
                >
                  {u.email ?? u.user_id}
                </Link>
                <span className="block text-xs text-stone-600 dark:text-stone-400">
                  {u.name ?? "—"} {u.role === "admin" ? <Badge tone="info">admin</Badge> : null}
                </span>
              </th>
              <td className="px-4 py-2.5">
                <span className="flex flex-wrap items-center gap-1">
                  <Badge tone={u.plan === "pro" ? "success" : "neutral"}>{u.plan}</Badge>
                  {u.overridden ? <Badge tone="warning">custom</Badge> : null}
                </span>
              </td>
              {u.quotas.map((q) => {
                const share = q.limit > 0 ? Math.min(1, q.used / q.limit) : 1;
                return (
                  <td key={q.name} className="px-4 py-2.5 tabular-nums">
                    {formatQuota(q.name, q.used)}{" "}
                    <span className="text-stone-500 dark:text-stone-400">/ {formatQuota(q.name, q.limit)}</span>
                    <span aria-hidden className="mt-1 block h-1 w-20 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800">
                      <span
                        className={cn("block h-full rounded-full", share >= 1 ? "bg-red-600" : share >= 0.8 ? "bg-amber-500" : "bg-brand")}
                        style={{ width: `${Math.round(share * 100)}%` }}
                      />
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
