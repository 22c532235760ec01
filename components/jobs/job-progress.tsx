import type { JobJson } from "@/lib/jobs/serialize";
import { progressLabel, progressPercent } from "@/components/jobs/format";
import { cn } from "@/components/ui/cn";

/** Progress from the renderer's real page counts (phase and pages done / total). */
export function JobProgress({ job, compact = false }: { job: Pick<JobJson, "status" | "progress">; compact?: boolean }) {
  const percent = progressPercent(job);
  const active = job.status === "pending" || job.status === "processing";
  return (
    <div className={compact ? "w-32" : "w-full"}>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label="Render progress"
        className="h-2 w-full overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
      >
        <div
          className={cn(
            "h-full rounded-full transition-[width] duration-500",
            job.status === "failed" ? "bg-red-500" : job.status === "cancelled" ? "bg-amber-500" : "bg-brand",
            active && percent === 0 && "animate-pulse",
          )}
          style={{ width: `${Math.max(percent, active ? 3 : 0)}%` }}
        />
      </div>
      {!compact && active ? (
        <p className="mt-1 text-xs text-stone-600 dark:text-stone-400" data-testid="progress-label">
          {progressLabel(job)} · {percent}%
        </p>
      ) : null}
    </div>
  );
}
