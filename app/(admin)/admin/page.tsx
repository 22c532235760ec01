import type { Metadata } from "next";
import Link from "next/link";
import { DailyChart } from "@/components/admin/daily-chart";
import { FailureCauses } from "@/components/admin/failure-causes";
import { StatTile } from "@/components/admin/stat-tile";
import { formatDuration } from "@/components/jobs/format";
import { PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { statsQuerySchema } from "@/lib/admin/schema";
import { getDashboardStats } from "@/lib/admin/stats";
import { requireAdmin } from "@/lib/auth/current-user";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Operator dashboard" };

const WINDOWS = [7, 14, 30, 90];
const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
const seconds = (ms: number) => (ms === 0 ? "0" : ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`);

type Props = { searchParams: Promise<{ days?: string }> };

export default async function AdminOverviewPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = statsQuerySchema.safeParse(await searchParams);
  const days = parsed.success ? parsed.data.days : 14;
  const stats = await getDashboardStats(days);
  const dates = stats.per_day.map((d) => d.date);
  const finished = stats.totals.completed + stats.totals.failed;

  return (
    <>
      <PageHeader
        title="Operator dashboard"
        description={`Render figures from job events (kept ${env.JOB_EVENT_RETENTION_DAYS} days), per UTC day. The same figures are at GET /api/admin/stats?days=${days}.`}
        actions={
          <nav
            aria-label="Time window"
            className="inline-flex rounded-md border border-stone-300 bg-white p-0.5 text-sm dark:border-stone-700 dark:bg-stone-900"
          >
            {WINDOWS.map((w) => (
              <Link
                key={w}
                href={`/admin?days=${w}`}
                aria-current={w === days ? "page" : undefined}
                className={cn(
                  "rounded px-2.5 py-1 font-medium",
                  w === days
                    ? "bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-white"
                    : "text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800",
                )}
              >
                {w} days
              </Link>
            ))}
          </nav>
        }
      />
      <section aria-labelledby="now-title" className="mb-6">
        <h2 id="now-title" className="sr-only">
          Now and over the window
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
          <StatTile label="Queued now" value={stats.queue.pending.toLocaleString("en")} href="/admin/jobs" />
          <StatTile label="Rendering now" value={stats.queue.processing.toLocaleString("en")} href="/admin/jobs" />
          <StatTile label="Renders finished" value={finished.toLocaleString("en")} hint={`${stats.totals.cancelled} cancelled`} />
          <StatTile
            label="Failure rate"
            value={stats.totals.failure_rate === null ? "—" : percent(stats.totals.failure_rate)}
            hint={`${stats.totals.failed} failed`}
            tone={stats.totals.failure_rate !== null && stats.totals.failure_rate >= 0.1 ? "danger" : "neutral"}
          />
          <StatTile label="Render time p50" value={formatDuration(stats.totals.p50_ms)} />
          <StatTile label="Render time p95" value={formatDuration(stats.totals.p95_ms)} />
        </dl>
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <DailyChart
          id="render-time"
          title="Render time"
          description="Median and 95th percentile of completed renders, start to finish."
          kind="line"
          dates={dates}
          format={seconds}
          series={[
            { label: "p50", values: stats.per_day.map((d) => d.p50_ms), tone: "brand" },
            { label: "p95", values: stats.per_day.map((d) => d.p95_ms), tone: "amber" },
          ]}
        />
        <DailyChart
          id="failure-rate"
          title="Failure rate"
          description="Failed renders of all that finished that day; cancelled jobs are not counted."
          kind="bar"
          dates={dates}
          format={percent}
          series={[{ label: "Failure rate", values: stats.per_day.map((d) => d.failure_rate), tone: "red" }]}
        />
      </div>
      <FailureCauses causes={stats.top_failures} days={days} />
    </>
  );
}
