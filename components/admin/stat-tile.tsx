import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** One figure of the dashboard, as a term and its value (inside a <dl>). */
export function StatTile({
  label,
  value,
  hint,
  href,
  tone = "neutral",
}: {
  label: string;
  value: string;
  hint?: string;
  href?: string;
  tone?: "neutral" | "danger";
}) {
  const body = (
    <>
      <dt className="text-xs font-medium uppercase tracking-wide text-stone-600 dark:text-stone-400">{label}</dt>
      <dd className={cn("mt-1 text-2xl font-semibold tabular-nums", tone === "danger" && "text-red-700 dark:text-red-400")}>{value}</dd>
      {hint ? <dd className="text-xs text-stone-600 dark:text-stone-400">{hint}</dd> : null}
    </>
  );
  const frame = "block rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900";
  return href ? (
    <div className={cn(frame, "relative hover:border-stone-300 dark:hover:border-stone-700")}>
      {body}
      <Link href={href} className="absolute inset-0 rounded-lg" aria-label={`${label}: see the jobs`} />
    </div>
  ) : (
    <div className={frame}>{body}</div>
  );
}
