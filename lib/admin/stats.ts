// Dashboard figures from job events: per UTC day, how many renders finished, their p50/p95 render
// time and the failure rate; the queue now; the most frequent failure messages.
import { failureCausesBetween, finishEventsBetween, queueDepth } from "@/lib/db/admin";
import type { AdminStats, DayStats } from "@/lib/admin/schema";

const DAY_MS = 86_400_000;
const TOP_FAILURES = 10;

/** Nearest-rank percentile of ascending `sorted` values: the smallest value with at least p% at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

type FinishEvent = { type: string; at: Date; durationMs: number | null };

/** One day's (or the window's) figures from its finishing events. */
export function summarise(events: readonly FinishEvent[]): Omit<DayStats, "date"> {
  const durations = events
    .filter((e) => e.type === "completed" && e.durationMs !== null)
    .map((e) => e.durationMs!)
    .sort((a, b) => a - b);
  const completed = events.filter((e) => e.type === "completed").length;
  const failed = events.filter((e) => e.type === "failed").length;
  const cancelled = events.filter((e) => e.type === "cancelled").length;
  // Cancelled jobs are the user's choice, not a failure of the service: left out of the rate.
  const finished = completed + failed;
  return {
    completed,
    failed,
    cancelled,
    p50_ms: percentile(durations, 50),
    p95_ms: percentile(durations, 95),
    failure_rate: finished === 0 ? null : failed / finished,
  };
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** The first instant of the window: 00:00 UTC, `days - 1` days before `now`'s day. */
export function windowStart(days: number, now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

export async function getDashboardStats(days: number, now = new Date()): Promise<AdminStats> {
  const since = windowStart(days, now);
  const until = new Date(windowStart(1, now).getTime() + DAY_MS); // the end of now's UTC day
  const [queue, events, causes] = await Promise.all([
    queueDepth(),
    finishEventsBetween(since, until),
    failureCausesBetween(since, until, TOP_FAILURES),
  ]);
  const byDay = new Map<string, FinishEvent[]>();
  for (let i = 0; i < days; i++) byDay.set(utcDay(new Date(since.getTime() + i * DAY_MS)), []);
  for (const e of events) byDay.get(utcDay(e.at))?.push(e);
  return {
    days,
    since: since.toISOString(),
    queue,
    totals: summarise(events),
    per_day: [...byDay].map(([date, dayEvents]) => ({ date, ...summarise(dayEvents) })),
    top_failures: causes.map((c) => ({ error: c.error ?? "(no message)", count: c.count, last_at: (c.lastAt ?? since).toISOString() })),
  };
}
