import { warningCount } from "@/components/jobs/format";
import type { JobJson } from "@/lib/jobs/serialize";
import { plural } from "@/lib/plural";
import { groupWarnings, type StoredWarning } from "./group-warnings";

/**
 * A finished job's warnings, shown (not folded away): the PDF exists, but something was left out or
 * changed. Repeats of one message are one line with a count and the pages they are on (a year planner
 * can report the same short link on every page), and the heading gives the job's real total, not the
 * length of the stored sample.
 */
export function JobWarnings({ job }: { job: JobJson }) {
  const d = job.diagnostics ?? {};
  const warnings = (Array.isArray(d.warnings) ? d.warnings : []) as StoredWarning[];
  if (job.status !== "completed" || warnings.length === 0) return null;
  const total = Math.max(warningCount(job), warnings.length);
  const groups = groupWarnings(warnings);
  return (
    <section
      aria-label="Warnings"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 className="mb-1 font-semibold">The PDF is ready, with {plural(total, "warning")}</h2>
      {total > warnings.length ? (
        <p className="mb-1 text-amber-900 dark:text-amber-200">The first {warnings.length.toLocaleString("en")} are listed below.</p>
      ) : null}
      <ul className="max-h-64 list-disc space-y-1 overflow-auto pl-5">
        {groups.map((g, i) => (
          <li key={i}>
            {g.message}
            {g.count > 1 ? <strong className="font-semibold"> × {g.count.toLocaleString("en")}</strong> : null}
            {g.where ? <span className="text-amber-900 dark:text-amber-200"> ({g.where})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
