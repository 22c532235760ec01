// One meter per quota: what is used of the limit, and when it starts again.
import type { QuotaUsage } from "@/lib/quotas/usage";
import { cn } from "@/components/ui/cn";

export const QUOTA_LABEL: Record<QuotaUsage["name"], { title: string; hint: string }> = {
  jobs_per_day: { title: "Jobs today", hint: "Render jobs queued since 00:00 UTC" },
  concurrent_jobs: { title: "Queued or running", hint: "Frees up as your jobs finish" },
  pages_per_month: { title: "Pages this month", hint: "Pages of finished PDFs since the 1st (UTC)" },
  storage_bytes: { title: "Storage", hint: "Stored PDFs and uploaded images; PDFs are removed after the retention period" },
};

const number = (n: number) => n.toLocaleString("en");
/** A quota's figure as people read it: bytes in KB/MB/GB, counts with thousands separators. */
export const formatQuota = (name: QuotaUsage["name"], n: number) => (name === "storage_bytes" ? bytes(n) : number(n));
function bytes(n: number) {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(n / 1024)} KB`;
}

export function UsageMeters({ quotas }: { quotas: QuotaUsage[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {quotas.map((q) => {
        const fmt = (n: number) => formatQuota(q.name, n);
        const share = q.limit > 0 ? Math.min(1, q.used / q.limit) : 1;
        const tone = share >= 1 ? "bg-red-600" : share >= 0.8 ? "bg-amber-500" : "bg-brand";
        return (
          <li key={q.name} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
            <div className="flex items-baseline justify-between gap-2">
              <h2 className="font-medium">{QUOTA_LABEL[q.name].title}</h2>
              <p className="text-sm tabular-nums text-stone-700 dark:text-stone-300">
                {fmt(q.used)} <span className="text-stone-500">of {fmt(q.limit)}</span>
              </p>
            </div>
            <div
              role="meter"
              aria-label={QUOTA_LABEL[q.name].title}
              aria-valuemin={0}
              aria-valuemax={q.limit}
              aria-valuenow={Math.min(q.used, q.limit)}
              className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
            >
              <div className={cn("h-full rounded-full", tone)} style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
            <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
              {QUOTA_LABEL[q.name].hint}
              {q.resets_at ? ` · resets ${new Date(q.resets_at).toUTCString().replace(/:\d\d GMT$/, " UTC")}` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
